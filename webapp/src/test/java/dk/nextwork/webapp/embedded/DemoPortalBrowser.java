package dk.nextwork.webapp.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

import dk.nextwork.platform.testing.DemoRepository;
import dk.nextwork.platform.testing.Folders;
import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * What browser tests stand on: the demo portal as the README starts it (its own process, demo
 * mode, on a copy of the {@link DemoRepository}), started once for every browser test of the
 * test JVM, and a headless chromium for each test, closed after it with its profile deleted.
 * Test and {@code @BeforeEach} methods take the browser as a {@link WebDriver} or an
 * {@link AppBrowser} parameter:
 * {@code @RegisterExtension static final DemoPortalBrowser browsers = DemoPortalBrowser.window("1200,900");}
 *
 * <p>The tests share the portal, so none may count on the demo being untouched: what a test
 * adds (a report, a proposal, a conversation) is there for the tests after it.
 */
final class DemoPortalBrowser implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(DemoPortalBrowser.class);
    private static final Duration START = Duration.ofSeconds(90);

    private final String windowSize;

    private DemoPortalBrowser(String windowSize) {
        this.windowSize = windowSize;
    }

    /** A browser window of this size, such as {@code "1200,900"}. */
    static DemoPortalBrowser window(String size) {
        return new DemoPortalBrowser(size);
    }

    /** A phone's screen (chromium's device emulation, as windows are at least 500 px wide). */
    static DemoPortalBrowser phone(int width, int height) {
        return new DemoPortalBrowser(width + "x" + height);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WebDriver.class || type == AppBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        int port = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedPortal.class, key -> SharedPortal.start(context), SharedPortal.class).port();
        // the test method's own store: closed, and the browser with it, when the test is over
        OpenBrowser browser = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(OpenBrowser.class, key -> OpenBrowser.open(windowSize, port), OpenBrowser.class);
        return parameter.getParameter().getType() == WebDriver.class ? browser.pages().browser() : browser.pages();
    }

    /** The portal process, and its folder (deleted when the test run ends). */
    private record SharedPortal(Path workspace, PortalProcess process) implements CloseableResource {

        static SharedPortal start(ExtensionContext context) {
            DemoRepository demo = DemoRepository.of(context, DemoRepository.class.getClassLoader());
            try {
                Path workspace = Files.createTempDirectory("nextwork-portal");
                Path home = workspace.resolve("var");
                demo.copyInto(home);
                return new SharedPortal(workspace, PortalProcess.start(home, Map.of()).awaitReady(START));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return process.port;
        }

        @Override
        public void close() throws Exception {
            try {
                process.close();
            } finally {
                Folders.delete(workspace);
            }
        }
    }

    private record OpenBrowser(HeadlessChromium chromium, AppBrowser pages) implements CloseableResource {

        static OpenBrowser open(String windowSize, int port) {
            try {
                HeadlessChromium chromium = HeadlessChromium.open(windowSize);
                return new OpenBrowser(chromium, new AppBrowser(chromium.browser(), port));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            chromium.close();
        }
    }
}
