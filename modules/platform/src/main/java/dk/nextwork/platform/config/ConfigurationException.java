package dk.nextwork.platform.config;

import java.util.List;

/** The configuration cannot be used: every problem found is listed, each naming its setting. */
public class ConfigurationException extends RuntimeException {

    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super("Invalid " + ProductName.current() + " configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
