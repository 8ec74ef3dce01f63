package dk.nextwork.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nu.validator.client.EmbeddedValidator;

import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.RunningPlatform;

/** Every page of the site, in both languages, and the 404 page pass the Nu HTML Checker without errors. */
class ValidHtmlTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Platform platform;
    private SiteRenderer site;

    @BeforeEach
    void start() {
        platform = running.platform();
        site = new SiteRenderer(platform.repository(), platform.configuration());
    }

    @AfterEach
    void stop() {
        site.stop();
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
