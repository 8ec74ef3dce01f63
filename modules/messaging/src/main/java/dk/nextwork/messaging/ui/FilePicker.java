package dk.nextwork.messaging.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import dk.nextwork.dam.FileChecks;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.MessagingRefusedException;
import dk.nextwork.messaging.PendingFile;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.UploadTexts;

/**
 * The composer's files: "Vedhæft billede eller PDF" takes one at a time through the messaging's
 * checks ({@link ChannelMessages#attachable}), lists those waiting to be sent, each with a way to
 * take it off again, and says why a file was not taken.
 */
final class FilePicker extends Div {

    private final Consumer<String> say;
    private final List<PendingFile> waiting = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final Upload upload;

    FilePicker(Consumer<String> say) {
        this.say = say;
        addClassName("file-picker");
        // the upload arrives on its own request: the composer changes under the UI's lock
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                ui -> ui.access(() -> take(metadata.fileName(), bytes)))));
        upload.setId("message-files");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "application/pdf", ".png", ".jpg", ".jpeg", ".pdf");
        upload.setMaxFileSize((int) FileChecks.MAX_PDF_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("messaging.file.add")));
        upload.addFileRejectedListener(rejected -> say.accept(rejected.getErrorMessage()));
        upload.setI18n(UploadTexts.of(this, getTranslation("messaging.file.add"),
                getTranslation("dam.refused.tooLarge", FileChecks.MAX_PDF_BYTES / (1024 * 1024)), getTranslation("dam.refused.type")));
        list.addClassName("file-picker-waiting");
        list.getElement().setAttribute("aria-label", getTranslation("messaging.file.waiting"));
        add(upload, list);
        show();
    }

    /** Takes an uploaded file if it passes the checks and there is room for it. */
    void take(String fileName, byte[] bytes) {
        upload.clearFileList();
        if (waiting.size() >= ChannelMessages.MAX_FILES) {
            say.accept(getTranslation("messaging.refused.tooManyFiles", ChannelMessages.MAX_FILES));
            return;
        }
        try {
            waiting.add(ChannelMessages.attachable(fileName, bytes));
            say.accept(getTranslation("messaging.file.added", waiting.get(waiting.size() - 1).label()));
        } catch (MessagingRefusedException refused) {
            say.accept(getTranslation(refused.reason(), refused.values()));
        }
        show();
    }

    List<PendingFile> files() {
        return List.copyOf(waiting);
    }

    /** After sending: nothing waits any more. */
    void clear() {
        waiting.clear();
        show();
    }

    private void show() {
        list.removeAll();
        list.setVisible(!waiting.isEmpty());
        for (PendingFile file : waiting) {
            Span name = new Span(getTranslation("messaging.file.waitingOne", file.label(), Formats.fileSize(file.size(), getLocale())));
            Button remove = new Button(getTranslation("messaging.file.remove"), click -> {
                waiting.remove(file);
                say.accept(getTranslation("messaging.file.removed", file.label()));
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("messaging.file.removeOne", file.label()));
            list.add(new ListItem(name, remove));
        }
    }
}
