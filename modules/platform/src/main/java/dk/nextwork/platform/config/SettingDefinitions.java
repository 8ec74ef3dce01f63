package dk.nextwork.platform.config;

import java.util.List;

/**
 * Service-provider interface through which a module declares its settings, so that the one
 * configuration knows every valid key and can refuse unknown ones. Register implementations in
 * {@code META-INF/services/dk.nextwork.platform.config.SettingDefinitions}.
 */
public interface SettingDefinitions {

    List<Setting<?>> settings();

    /** Checks that hold between settings (e.g. one is required when another has a value). */
    default void validate(PortalConfiguration configuration, List<String> problems) {
    }
}
