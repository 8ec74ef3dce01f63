package dk.nextwork.platform.config;

import java.util.List;

/** The platform's own settings. */
public final class PlatformSettings implements SettingDefinitions {

    public enum Mode { DEMO, PRODUCTION }

    public enum RepositoryKind { SEGMENT, POSTGRES }

    public static final Setting<Mode> MODE = Setting.of("mode", "NEXTWORK_MODE",
            "demo (default: demo content and accounts) or production",
            text -> SettingParsers.oneOf(Mode.class, text), Mode.DEMO);

    public static final Setting<Integer> PORT = Setting.of("port", "PORT",
            "HTTP port of the embedded server",
            text -> SettingParsers.integerIn(text, 1, 65535), 8080);

    public static final Setting<RepositoryKind> REPOSITORY = Setting.of("repository", "NEXTWORK_REPOSITORY",
            "segment (embedded Oak Segment Tar store in the data folder) or postgres (Oak DocumentNodeStore on PostgreSQL)",
            text -> SettingParsers.oneOf(RepositoryKind.class, text), RepositoryKind.SEGMENT);

    public static final Setting<String> DB_URL = Setting.of("db.url", "NEXTWORK_DB_URL",
            "JDBC URL of the PostgreSQL database, e.g. jdbc:postgresql://db:5432/nextwork",
            SettingParsers::postgresJdbcUrl, null);

    public static final Setting<String> DB_USER = Setting.of("db.user", "NEXTWORK_DB_USER",
            "PostgreSQL user", SettingParsers::nonBlank, null);

    public static final Setting<String> DB_PASSWORD = Setting.of("db.password", "NEXTWORK_DB_PASSWORD",
            "PostgreSQL password", text -> text, null);

    public static final Setting<Integer> CLUSTER_ID = Setting.of("cluster.id", "NEXTWORK_CLUSTER_ID",
            "Oak cluster node id (1-4096) of this app node; 0 lets Oak choose",
            text -> SettingParsers.integerIn(text, 0, 4096), 0);

    public static final Setting<String> LIGHT_MODULES = Setting.of("light-modules", "NEXTWORK_LIGHT_MODULES",
            "folder of the light modules, relative to the working directory unless absolute",
            SettingParsers::nonBlank, "light-modules");

    public static final Setting<Boolean> BEHIND_PROXY = Setting.of("behind-proxy", "NEXTWORK_BEHIND_PROXY",
            "true when a reverse proxy or load balancer in front sets X-Forwarded-For/-Proto (the client's address "
                    + "and HTTPS are then taken from them); never true without one, or clients could pose as others",
            SettingParsers::bool, false);

    public static final Setting<String> PUBLIC_URL = Setting.of("public.url", "NEXTWORK_PUBLIC_URL",
            "the portal's address as users reach it, for links in e-mails, the sitemap and robots.txt "
                    + "(default http://localhost:<port>)",
            SettingParsers::httpUrl, null);

    @Override
    public List<Setting<?>> settings() {
        return List.of(MODE, PORT, REPOSITORY, DB_URL, DB_USER, DB_PASSWORD, CLUSTER_ID, LIGHT_MODULES, BEHIND_PROXY,
                PUBLIC_URL);
    }

    /**
     * The portal's address as users reach it, from the configuration only: never from a request,
     * whose Host header anyone can set (a shared cache would keep a forged address).
     */
    public static String publicUrl(PortalConfiguration configuration) {
        return configuration.find(PUBLIC_URL).orElse("http://localhost:" + configuration.get(PORT));
    }

    @Override
    public void validate(PortalConfiguration configuration, List<String> problems) {
        if (configuration.get(REPOSITORY) == RepositoryKind.POSTGRES) {
            for (Setting<String> required : List.of(DB_URL, DB_USER)) {
                if (configuration.find(required).isEmpty()) {
                    problems.add(required + ": required when repository is postgres");
                }
            }
        }
    }
}
