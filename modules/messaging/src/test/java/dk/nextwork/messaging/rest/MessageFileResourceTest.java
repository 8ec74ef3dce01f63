package dk.nextwork.messaging.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import dk.nextwork.dam.ExamplePdf;
import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.Message;
import dk.nextwork.messaging.MessagingFixture;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.platform.testing.RunningPlatform;

/** A message's file by its address: for its readers only (404 for anyone else), never cached, a PDF saved rather than shown. */
class MessageFileResourceTest {

    private static final byte[] PDF = ExamplePdf.page("Vagtplan", "Uge 49");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MessagingFixture fixture;
    private Caller mikkel;
    private Caller noah;
    private String group;

    @BeforeEach
    void wire() throws Exception {
        fixture = new MessagingFixture(running.platform(), running.clock());
        mikkel = fixture.caller("youth@nextwork.example");
        noah = fixture.caller("noah.vestergaard@nextwork.example");
        group = Channel.groupId(fixture.programme.programme.groupsLedBy(
                fixture.caller("counsellor@nextwork.example").user().id()).get(0).id());
    }

    @Test
    void theAddressAnswersTheMessagesReadersOnlyAndIsNeverCached() throws Exception {
        Message sent = fixture.messages.reply(mikkel, group, 0, "Vagtplanen",
                List.of(ChannelMessages.attachable("vagtplan.pdf", PDF)));
        String seq = String.valueOf(sent.seq());

        Response answer = resource(noah).file(group, seq, "1", "vagtplan.pdf");
        assertEquals(200, answer.getStatus());
        assertEquals("application/pdf", answer.getMediaType().toString());
        assertEquals(PDF.length, ((byte[]) answer.getEntity()).length);
        assertEquals("private, no-store", answer.getHeaderString("Cache-Control"));
        assertEquals("nosniff", answer.getHeaderString("X-Content-Type-Options"));
        assertTrue(answer.getHeaderString("Content-Disposition").startsWith("attachment;"), "a PDF is saved, not run in the portal's page");
        assertEquals(MessagingRoutes.file(sent, sent.files().get(0)), "/api/messages/" + group + "/" + seq + "/files/1/vagtplan.pdf");

        Caller sara = fixture.caller("company@nextwork.example");
        assertThrows(NotFoundException.class, () -> resource(sara).file(group, seq, "1", "vagtplan.pdf"), "an outsider: 404, not 403");
        assertThrows(NotFoundException.class, () -> resource(noah).file(group, seq, "1", "andet.pdf"));
        assertThrows(NotFoundException.class, () -> resource(noah).file(group, seq, "2", "vagtplan.pdf"));
        assertThrows(NotFoundException.class, () -> resource(noah).file("../../system", seq, "1", "vagtplan.pdf"));
        assertThrows(NotFoundException.class, () -> resource(noah).file(group, "0", "1", "vagtplan.pdf"));
    }

    private MessageFileResource resource(Caller reader) {
        MessageFileResource resource = new MessageFileResource();
        resource.messages = fixture.messages;
        resource.request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> reader.user();
                    case "getRemoteAddr" -> "192.0.2.7";
                    default -> null;
                });
        return resource;
    }
}
