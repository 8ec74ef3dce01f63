package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import dk.nextwork.platform.config.PortalConfiguration;

/** E-mail through a configured SMTP server (GreenMail plays one), and what happens when it is down. */
class MailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path home;

    private Mail mail(int port) {
        return new Mail(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_SMTP_HOST", "127.0.0.1", "NEXTWORK_SMTP_PORT", String.valueOf(port),
                "NEXTWORK_SMTP_STARTTLS", "false", "NEXTWORK_MAIL_FROM", "nextwork@roskilde.example"), home));
    }

    @Test
    void aMessageGoesThroughTheSmtpServerAndNotToTheOutbox() throws Exception {
        Mail mail = mail(SMTP.getSmtp().getPort());
        assertTrue(!mail.usesOutbox());
        assertTrue(mail.send("lise@example.org", "Din konto i NExTWORK", "Hej Lise\n\nVælg din adgangskode her."));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Din konto i NExTWORK", received[0].getSubject());
        assertEquals("nextwork@roskilde.example", received[0].getFrom()[0].toString());
        assertTrue(GreenMailUtil.getBody(received[0]).contains("adgangskode"), GreenMailUtil.getBody(received[0]));
        assertTrue(!Files.exists(home.resolve("outbox")));
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedNotThrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertTrue(!mail(closedPort).send("lise@example.org", "Emne", "Tekst"));
    }
}
