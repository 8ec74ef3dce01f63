package dk.nextwork.shell;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language, with the caller's words for choosing and refusing a file. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component in, String addFiles, String tooLarge, String wrongType) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(addFiles).setMany(addFiles));
        String drop = in.getTranslation("shell.upload.drop");
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        texts.setError(new UploadI18N.Error().setTooManyFiles(in.getTranslation("shell.upload.tooMany"))
                .setFileIsTooBig(tooLarge).setIncorrectFileType(wrongType));
        String failed = in.getTranslation("shell.upload.failed");
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(in.getTranslation("shell.upload.connecting"))
                        .setStalled(in.getTranslation("shell.upload.stalled"))
                        .setProcessing(in.getTranslation("shell.upload.processing"))
                        .setHeld(in.getTranslation("shell.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(in.getTranslation("shell.upload.remaining"))
                        .setUnknown(in.getTranslation("shell.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed).setUnexpectedServerError(failed)
                        .setForbidden(failed)));
        texts.setFile(new UploadI18N.File().setRetry(in.getTranslation("shell.upload.retry"))
                .setStart(in.getTranslation("shell.upload.start")).setRemove(in.getTranslation("shell.upload.remove")));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }
}
