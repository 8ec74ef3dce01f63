package dk.nextwork.identity.internal;

import java.util.List;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.config.Setting;
import dk.nextwork.platform.config.SettingDefinitions;
import dk.nextwork.platform.config.SettingParsers;

/** Settings of signing in and of the e-mail that invitations and password resets go out by. */
public final class IdentitySettings implements SettingDefinitions {

    public static final Setting<String> ADMIN_EMAIL = Setting.of("admin.email", "NEXTWORK_ADMIN_EMAIL",
            "e-mail address of the administrator created on the first start in production mode",
            IdentitySettings::email, null);

    public static final Setting<String> ADMIN_PASSWORD = Setting.of("admin.password", "NEXTWORK_ADMIN_PASSWORD",
            "password of that administrator (at least 12 characters, not a common password)",
            SettingParsers::nonBlank, null);

    public static final Setting<java.time.Duration> SESSION_TIMEOUT = Setting.of("session.timeout",
            "NEXTWORK_SESSION_TIMEOUT", "time without activity after which a signed-in session ends: minutes, "
                    + "or a number with s, m or h (e.g. 45m); at most 24h", IdentitySettings::duration,
            java.time.Duration.ofMinutes(30));

    public static final Setting<String> SMTP_HOST = Setting.of("smtp.host", "NEXTWORK_SMTP_HOST",
            "SMTP server for e-mail; without it, e-mails are written to the outbox folder in the data folder",
            SettingParsers::nonBlank, null);

    public static final Setting<Integer> SMTP_PORT = Setting.of("smtp.port", "NEXTWORK_SMTP_PORT",
            "SMTP port", text -> SettingParsers.integerIn(text, 1, 65535), 587);

    public static final Setting<String> SMTP_USER = Setting.of("smtp.user", "NEXTWORK_SMTP_USER",
            "SMTP user name, when the server wants one", SettingParsers::nonBlank, null);

    public static final Setting<String> SMTP_PASSWORD = Setting.of("smtp.password", "NEXTWORK_SMTP_PASSWORD",
            "SMTP password", text -> text, null);

    public static final Setting<Boolean> SMTP_STARTTLS = Setting.of("smtp.starttls", "NEXTWORK_SMTP_STARTTLS",
            "true (default) to require STARTTLS, false for a server on a trusted network",
            SettingParsers::bool, true);

    public static final Setting<String> MAIL_FROM = Setting.of("mail.from", "NEXTWORK_MAIL_FROM",
            "sender address of the portal's e-mails", IdentitySettings::email, "nextwork@localhost");

    @Override
    public List<Setting<?>> settings() {
        return List.of(ADMIN_EMAIL, ADMIN_PASSWORD, SESSION_TIMEOUT, SMTP_HOST, SMTP_PORT, SMTP_USER,
                SMTP_PASSWORD, SMTP_STARTTLS, MAIL_FROM);
    }

    @Override
    public void validate(PortalConfiguration configuration, List<String> problems) {
        if (configuration.find(ADMIN_EMAIL).isPresent() != configuration.find(ADMIN_PASSWORD).isPresent()) {
            problems.add(ADMIN_EMAIL + " and " + ADMIN_PASSWORD + ": give both or neither");
        }
    }

    static String email(String text) {
        String trimmed = text.trim();
        if (!EmailAddresses.isValid(trimmed)) {
            throw new IllegalArgumentException("not an e-mail address: " + trimmed);
        }
        return trimmed;
    }

    private static java.time.Duration duration(String text) {
        var matcher = java.util.regex.Pattern.compile("(\\d{1,6})\\s*([smh]?)").matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be minutes, or a number with s, m or h");
        }
        long amount = Long.parseLong(matcher.group(1));
        java.time.Duration duration = switch (matcher.group(2)) {
            case "s" -> java.time.Duration.ofSeconds(amount);
            case "h" -> java.time.Duration.ofHours(amount);
            default -> java.time.Duration.ofMinutes(amount);
        };
        if (duration.isZero() || duration.compareTo(java.time.Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("must be more than 0 and at most 24h");
        }
        return duration;
    }

}
