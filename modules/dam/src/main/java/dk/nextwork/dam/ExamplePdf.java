package dk.nextwork.dam;

import java.nio.charset.StandardCharsets;

/**
 * One-page PDFs for demo content (the asset library's example, a file in a demo conversation),
 * made in code rather than shipped: a title and a line in Helvetica. Plain ASCII only, as the
 * standard font's simple encoding is all this writes.
 */
public final class ExamplePdf {

    private ExamplePdf() {
    }

    public static byte[] page(String title, String line) {
        String text = "BT /F1 28 Tf 72 720 Td (" + title + ") Tj 0 -40 Td /F1 14 Tf (" + line + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
