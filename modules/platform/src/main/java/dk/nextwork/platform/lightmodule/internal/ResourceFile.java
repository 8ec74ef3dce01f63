package dk.nextwork.platform.lightmodule.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light module's template, dialog, i18n bundle or webresource. Dialogs must be valid YAML and
 * i18n bundles valid properties (UTF-8), so that a broken one is reported with its line; the
 * others are listed as they are.
 */
record ResourceFile(String source) {

    private static final Pattern BROKEN_UNICODE_ESCAPE = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})");

    static boolean isChecked(String fileName) {
        return fileName.endsWith(".properties") || fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }

    static ResourceFile check(String source, String fileName, String text) throws DefinitionException {
        if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
            if (!text.isBlank()) {
                YamlTree.parse(source, text);
            }
        } else if (fileName.endsWith(".properties")) {
            checkProperties(text);
        }
        return new ResourceFile(source);
    }

    private static void checkProperties(String text) throws DefinitionException {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher broken = BROKEN_UNICODE_ESCAPE.matcher(lines[i]);
            if (broken.find() && !escapedBackslashBefore(lines[i], broken.start())) {
                throw new DefinitionException(i + 1, "malformed \\uXXXX escape");
            }
        }
        try {
            new Properties().load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new DefinitionException(0, "not a valid properties file: " + e.getMessage());
        }
    }

    private static boolean escapedBackslashBefore(String line, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
