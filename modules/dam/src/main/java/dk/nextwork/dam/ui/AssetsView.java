package dk.nextwork.dam.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import dk.nextwork.dam.Asset;
import dk.nextwork.dam.AssetRejectedException;
import dk.nextwork.dam.Assets;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.UploadTexts;

/**
 * {@code /app/assets}: upload images (with their text alternative) and PDFs; see where each asset
 * is used; delete one nothing uses.
 */
@Route(value = "assets", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_ID)
@Dependent
public class AssetsView extends VerticalLayout implements HasDynamicTitle {

    private final Assets assets;
    private final SignedInUser user = CurrentUser.get();
    private final Grid<Asset> grid = new Grid<>();
    private final Paragraph status = Messages.status("assets-message");
    private final TextField alt = new TextField();
    private final TextField altEn = new TextField();

    @Inject
    public AssetsView(Assets assets) {
        this.assets = assets;
        alt.setLabel(getTranslation("dam.alt"));
        alt.setHelperText(getTranslation("dam.altHelp"));
        alt.setMaxLength(250);
        altEn.setLabel(getTranslation("dam.altEn"));
        altEn.setMaxLength(250);
        // the upload arrives on its own request: the view is changed under the UI's lock
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                ui -> ui.access(() -> show(uploaded(metadata.fileName(), bytes))))));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "application/pdf", ".png", ".jpg", ".jpeg", ".pdf");
        upload.setMaxFileSize((int) Assets.MAX_PDF_BYTES);
        upload.addFileRejectedListener(rejected -> show(rejected.getErrorMessage()));
        upload.setI18n(UploadTexts.of(this, getTranslation("dam.upload.add"),
                getTranslation("dam.refused.tooLarge", Assets.MAX_PDF_BYTES / (1024 * 1024)), getTranslation("dam.refused.type")));
        grid.addComponentColumn(this::thumbnail).setHeader(getTranslation("dam.preview")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Asset::fileName).setHeader(getTranslation("dam.file")).setAutoWidth(true);
        grid.addColumn(a -> a.type().name() + (a.type().isImage() ? ", " + a.width() + "×" + a.height() : ""))
                .setHeader(getTranslation("dam.type")).setAutoWidth(true);
        grid.addColumn(a -> a.alt() == null ? "" : a.alt()).setHeader(getTranslation("dam.alt"));
        grid.addColumn(a -> usageCount(a)).setHeader(getTranslation("dam.usages")).setAutoWidth(true);
        grid.addComponentColumn(this::deleteButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("dam.title")), new FormLayout(alt, altEn), upload, status, grid);
        refresh();
    }

    /** Takes an uploaded file; returns what to tell the editor. */
    String uploaded(String fileName, byte[] bytes) {
        try {
            Asset asset = assets.upload(user, fileName, bytes, alt.getValue(), altEn.getValue());
            alt.clear();
            altEn.clear();
            return getTranslation("dam.uploaded", asset.fileName());
        } catch (AssetRejectedException rejected) {
            return getTranslation(rejected.reason(), rejected.values());
        }
    }

    private void show(String message) {
        status.setText(message);
        refresh();
    }

    private Component thumbnail(Asset asset) {
        if (!asset.type().isImage()) {
            return new Span();
        }
        Image image = new Image(Assets.url(asset, 480), asset.alt() == null ? "" : asset.alt());
        image.setHeight("3rem");
        return image;
    }

    private String usageCount(Asset asset) {
        return String.valueOf(assets.usages(asset.id()).size());
    }

    private Button deleteButton(Asset asset) {
        Button delete = new Button(getTranslation("dam.delete"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("dam.deleteTitle"),
                    getTranslation("dam.deleteText", asset.fileName()), getTranslation("dam.delete"), yes -> {
                        try {
                            assets.delete(user, asset.id());
                            show(getTranslation("dam.deleted", asset.fileName()));
                        } catch (AssetRejectedException rejected) {
                            show(getTranslation(rejected.reason(), rejected.values()));
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("dam.cancel"));
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return delete;
    }

    private void refresh() {
        List<Asset> all = assets.all();
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("dam.title"));
    }
}
