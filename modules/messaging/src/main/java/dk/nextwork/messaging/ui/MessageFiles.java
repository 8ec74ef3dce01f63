package dk.nextwork.messaging.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

import dk.nextwork.messaging.Attachment;
import dk.nextwork.messaging.Message;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.platform.i18n.Formats;

/**
 * A message's files as its readers see them: an image drawn in the conversation (opening at full
 * size), a PDF as a link with its name and size. The addresses open for the message's readers only.
 */
final class MessageFiles extends Div {

    MessageFiles(Message message, Locale locale) {
        addClassName("message-files");
        for (Attachment file : message.files()) {
            Anchor link = new Anchor(MessagingRoutes.file(message, file), "");
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
            if (file.isImage()) {
                Image image = new Image(MessagingRoutes.file(message, file),
                        getTranslation(locale, "messaging.file.image", message.authorName(), file.label()));
                image.getElement().setAttribute("width", String.valueOf(file.width()));
                image.getElement().setAttribute("height", String.valueOf(file.height()));
                image.getElement().setAttribute("loading", "lazy");
                link.add(image);
                link.addClassName("message-image");
            } else {
                Span name = new Span(file.label());
                name.addClassName("message-file-name");
                Span about = new Span(getTranslation(locale, "messaging.file.pdf", Formats.fileSize(file.size(), locale)));
                about.addClassName("message-file-about");
                link.add(name, about);
                link.addClassName("message-file");
            }
            add(link);
        }
    }
}
