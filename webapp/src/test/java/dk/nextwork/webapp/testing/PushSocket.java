package dk.nextwork.webapp.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;

/**
 * Whether Vaadin's Push endpoint upgrades to a WebSocket, as a browser's first Push request asks
 * (without a UI the answer on it is "session expired", which does not matter here): where the
 * Jakarta WebSocket container is missing, Atmosphere answers over plain HTTP instead.
 */
public final class PushSocket {

    private PushSocket() {
    }

    /** @param base the portal's address, such as {@code http://localhost:8080/} */
    public static boolean upgrades(String base) {
        URI push = URI.create(base.replaceFirst("^http", "ws")).resolve(
                "app/VAADIN/push?v-r=push&v-uiId=0&v-pushId=none&X-Atmosphere-Transport=websocket&X-Atmosphere-tracking-id=0");
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(push, new WebSocket.Listener() {
            }).get(10, TimeUnit.SECONDS);
            socket.abort();
            return true;
        } catch (Exception notUpgraded) {
            return false;
        }
    }
}
