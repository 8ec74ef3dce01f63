package dk.nextwork.messaging.rest;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import dk.nextwork.dam.Assets;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.ChannelMessages;

/**
 * {@code /api/messages/<channel>/<number>/files/<n>/<file name>}: an image or PDF sent with a
 * message, for a signed-in reader of the message only. Anyone else, and any address that names no
 * such file, gets 404 (not 403: an outsider learns nothing of what exists). Never cached by a
 * browser or proxy, so a shared computer keeps nothing once its user has left the channel.
 */
@Path("api/messages/{channel}/{seq}/files/{number}/{name}")
@RequestScoped
@PermitAll
public class MessageFileResource {

    @Inject
    ChannelMessages messages;

    @Context
    HttpServletRequest request;

    @GET
    public Response file(@PathParam("channel") String channel, @PathParam("seq") String seq,
                         @PathParam("number") String number, @PathParam("name") String name) {
        if (!channel.matches("[A-Za-z0-9._-]{1,160}") || !seq.matches("[1-9][0-9]{0,17}") || !number.matches("[1-9]")) {
            throw new NotFoundException();
        }
        Optional<Assets.StoredFile> file;
        try {
            file = messages.file(Caller.of(request), channel, Long.parseLong(seq), Integer.parseInt(number));
        } catch (AccessDeniedException outsider) {
            throw new NotFoundException();
        }
        if (file.isEmpty() || !file.get().fileName().equals(name)) {
            throw new NotFoundException();
        }
        boolean image = file.get().mimeType().startsWith("image/");
        return Response.ok(file.get().bytes(), file.get().mimeType())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Disposition", (image ? "inline" : "attachment") + "; filename=\"" + name + "\"")
                .build();
    }
}
