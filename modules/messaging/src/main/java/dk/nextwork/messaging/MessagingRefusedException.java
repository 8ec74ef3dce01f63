package dk.nextwork.messaging;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * A message or a change the messaging's rules refuse; nothing was changed. {@code reason} is a
 * text key ({@code messaging.refused.*}) and {@code values} fill it in.
 */
public class MessagingRefusedException extends RefusedException {

    public MessagingRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}
