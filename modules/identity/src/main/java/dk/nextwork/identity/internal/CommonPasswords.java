package dk.nextwork.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The bundled list of common passwords (common-passwords.txt), and the obvious variations of them. */
final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    /** A listed password, one with digits or symbols around it, or one repeated ("qwertyqwerty"). */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (core.length() >= 4 && LIST.contains(core)) {
            return true;
        }
        for (int length = 1; length <= lower.length() / 2; length++) {
            String unit = lower.substring(0, length);
            if (lower.length() % length == 0 && unit.repeat(lower.length() / length).equals(lower)
                    && (length < 4 || LIST.contains(unit))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(40_000);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the identity module");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
