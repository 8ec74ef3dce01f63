package dk.nextwork.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as accounts use them: one address per account, compared without case. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address.trim()).matches();
    }

    public static String normalise(String address) {
        return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }
}
