package dk.nextwork.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nu.validator.client.EmbeddedValidator;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;

/** Every page of the site, in both languages, and the 404 page pass the Nu HTML Checker without errors. */
class ValidHtmlTest {

    @TempDir
    Path home;

    private Platform platform;
    private SiteRenderer site;

    @BeforeEach
    void start() throws Exception {
        platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", Path.of("../../light-modules").toAbsolutePath().toString()), home),
                getClass().getClassLoader());
        site = new SiteRenderer(platform.repository(), platform.configuration());
    }

    @AfterEach
    void stop() {
        site.stop();
        platform.close();
    }

    @Test
    void everyPageIsValidHtml5() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String broken = validator.validate(new ByteArrayInputStream(
                "<!DOCTYPE html><html lang=\"da\"><head><title>x</title></head><body><ul><p>x</ul></body></html>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(true, broken.contains(": error:"), "the checker finds errors: " + broken);
        List<String> addresses = new ArrayList<>();
        for (String path : site.pagePaths()) {
            addresses.add("/" + path);
            addresses.add("/en/" + path);
        }
        addresses.add("/no-such-page");
        addresses.add("/soeg");
        addresses.add("/en/soeg");
        List<String> errors = new ArrayList<>();
        for (String address : addresses) {
            String report = validator.validate(new ByteArrayInputStream(site.render("", address, "praktik").bytes()));
            report.lines().filter(line -> line.contains(": error:") || line.contains("fatal"))
                    .forEach(line -> errors.add(address + " " + line));
        }
        assertEquals(List.of(), errors);
    }
}
