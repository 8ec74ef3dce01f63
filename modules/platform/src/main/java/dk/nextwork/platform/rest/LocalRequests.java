package dk.nextwork.platform.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;

/**
 * Administrative resources answer only requests from this machine until accounts and roles exist
 * (the identity issue): an operator can use them with curl on the server; nobody else can.
 */
public final class LocalRequests {

    private LocalRequests() {
    }

    public static void require(HttpServletRequest request) {
        try {
            if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
                    || request.getHeader("X-Forwarded-For") != null) {
                throw new ForbiddenException("only available from the server itself");
            }
        } catch (UnknownHostException e) {
            throw new ForbiddenException("only available from the server itself");
        }
    }
}
