package dk.nextwork.contentapps.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dk.nextwork.contentapps.ContentItem;
import dk.nextwork.contentapps.ContentItems;
import dk.nextwork.contentapps.EditRefusedException;
import dk.nextwork.contentapps.EditableItem;
import dk.nextwork.contentapps.ItemQuery;
import dk.nextwork.contentapps.Publishing;
import dk.nextwork.contentapps.StaleEditException;
import dk.nextwork.contentapps.Version;
import dk.nextwork.dam.Asset;
import dk.nextwork.dam.Assets;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.content.FieldError;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.UnsavedChanges;

/**
 * {@code /app/edit?path=…} (or {@code ?type=…&parent=…} for a new item): the form made from the
 * item's content type, and what an editor does with it: save a draft, publish (alone or with
 * what is below), unpublish, schedule, preview, compare and restore versions. A save that would
 * overwrite somebody else's is refused with a way to compare or reload; leaving with unsaved
 * changes asks first.
 */
@Route(value = "edit", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_ID)
@Dependent
public class ItemEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {


    private final ContentItems items;
    private final Publishing publishing;
    private final Assets assets;
    private final SignedInUser user = CurrentUser.get();
    private final String language = CurrentUser.language();
    private final H1 heading = new H1();
    private final Paragraph state = new Paragraph();
    private final Paragraph message = Messages.status("editor-message");
    private final Div formHolder = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final TextField name = new TextField();
    private ContentForm form;
    private EditableItem item;
    private String parentPath;

    @Inject
    public ItemEditorView(ContentItems items, Publishing publishing, Assets assets) {
        this.items = items;
        this.publishing = publishing;
        this.assets = assets;
        state.addClassName("editor-state");
        formHolder.setWidthFull();
        actions.setWrap(true);
        // the actions stay in reach while the editor scrolls through a long form
        actions.getStyle().set("position", "sticky").set("top", "0").set("z-index", "2")
                .set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s) 0");
        actions.setWidthFull();
        name.setLabel(getTranslation("content.name"));
        name.setHelperText(getTranslation("content.name.help"));
        name.setPattern("[a-z0-9][a-z0-9-]{0,99}");
        name.setRequiredIndicatorVisible(true);
        add(heading, state, actions, message, formHolder);
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<String> path = first(parameters, "path");
        try {
            if (path.isPresent()) {
                show(items.open(user, path.get()));
            } else {
                Optional<ContentType> type = first(parameters, "type").flatMap(items::type);
                parentPath = first(parameters, "parent").orElse(type.map(ContentType::storage).orElse(""));
                if (type.isEmpty()) {
                    event.rerouteToError(NotFoundException.class); // an address that names no content type
                    return;
                }
                startNew(type.get());
            }
        } catch (EditRefusedException refused) {
            if (refused.reason().equals("content.refused.gone") || refused.reason().equals("content.refused.noType")) {
                event.rerouteToError(NotFoundException.class); // an address that names no item: "findes ikke"
                return;
            }
            heading.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).flatMap(values -> values.stream().findFirst());
    }

    private void startNew(ContentType type) {
        item = null;
        heading.setText(getTranslation("content.new", type.labelIn(language)));
        state.setText(getTranslation("content.newIn", parentPath));
        form = newForm(type);
        form.setValues(Map.of());
        formHolder.removeAll();
        formHolder.add(name, form);
        actions.removeAll();
        actions.add(button("content.action.create", this::save, ButtonVariant.LUMO_PRIMARY));
    }

    private ContentForm newForm(ContentType type) {
        ContentForm created = new ContentForm(type, language, new ContentForm.Choices() {
            @Override
            public List<ContentItem> itemsOfType(String typeName) {
                return items.find(ItemQuery.all(typeName));
            }

            @Override
            public List<Asset> assets() {
                return assets.all();
            }
        });
        created.addChangeListener(this::rememberUnsaved);
        return created;
    }

    /** Shows the item as it is now, with its values in the form. */
    private void show(EditableItem opened) {
        boolean sameType = form != null && item != null && form.type().equals(opened.type());
        item = opened;
        heading.setText(opened.item().title());
        if (!sameType) {
            form = newForm(opened.type());
            formHolder.removeAll();
            formHolder.add(form);
        }
        form.setValues(opened.values());
        showState();
        actions.removeAll();
        actions.add(button("content.action.save", this::save, ButtonVariant.LUMO_PRIMARY),
                button("content.action.publish", this::openPublish, ButtonVariant.LUMO_SUCCESS),
                button("content.action.unpublish", this::unpublish, null),
                button("content.action.schedule", this::openSchedule, null),
                button("content.action.preview", this::openPreview, null),
                button("content.action.versions", this::openVersions, null));
        rememberUnsaved();
    }

    private void showState() {
        ContentItem now = item.item();
        StringBuilder text = new StringBuilder(getTranslation("content.status." + now.status().name().toLowerCase()));
        if (now.hasDraft()) {
            text.append(" · ").append(getTranslation("content.status.draft"));
        }
        now.publishAt().ifPresent(at -> text.append(" · ").append(getTranslation("content.scheduled.publish", Formats.moment(at, getLocale()))));
        now.unpublishAt().ifPresent(at -> text.append(" · ").append(getTranslation("content.scheduled.unpublish", Formats.moment(at, getLocale()))));
        item.lastEditor().ifPresent(editor -> text.append(" · ").append(getTranslation("content.lastEdited", who(this, editor),
                item.lastEdited().map(at -> Formats.moment(at, getLocale())).orElse(""))));
        text.append(" · ").append(now.path());
        state.setText(text.toString());
    }

    private Button button(String key, Runnable action, ButtonVariant variant) {
        Button button = new Button(getTranslation(key), click -> action.run());
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        button.setId(key.replace('.', '-'));
        return button;
    }

    /** Saves the form (creating the item if it is new); true when it was saved. */
    boolean save() {
        if (item == null) {
            return attempt("The item could not be created",
                    () -> items.create(user, form.type().name(), parentPath, name.getValue().strip(), form.values()))
                    .map(created -> {
                        form.markSaved();
                        UI.getCurrent().navigate(ItemEditorView.class, QueryParameters.of("path", created));
                        return true;
                    }).orElse(false);
        }
        return attempt("The item could not be saved", () -> items.saveDraft(user, item.item().path(), form.values(),
                item.revision())).map(saved -> {
                    show(saved);
                    say(getTranslation("content.saved"));
                    return true;
                }).orElse(false);
    }

    /** An editing action, which the repository or the rules may refuse. */
    private interface Attempt<T> {
        T run() throws ContentValidationException, EditRefusedException;
    }

    /**
     * Runs an editing action; a refusal is told to the editor (at the fields, as somebody else's
     * change to compare or reload, or in words), and then there is no result.
     */
    private <T> Optional<T> attempt(String failure, Attempt<T> action) {
        try {
            return Optional.of(action.run());
        } catch (ContentValidationException invalid) {
            refusedValues(invalid);
        } catch (StaleEditException stale) {
            openStale(stale.current());
        } catch (EditRefusedException refused) {
            say(getTranslation(refused.reason(), refused.values()));
        }
        return Optional.empty();
    }

    private void refusedValues(ContentValidationException invalid) {
        List<FieldError> elsewhere = form.showErrors(invalid.errors());
        StringBuilder text = new StringBuilder(getTranslation("content.invalid"));
        for (FieldError error : elsewhere) {
            text.append(' ').append(error.field().equals("path") ? getTranslation("content.name") : error.field())
                    .append(": ").append(form.message(error));
        }
        say(text.toString());
    }

    private void say(String text) {
        message.setText(text);
    }

    private void openPublish() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("content.publish.title", item.item().title()));
        TextArea comment = new TextArea(getTranslation("content.publish.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        Checkbox withChildren = new Checkbox(getTranslation("content.publish.withChildren"));
        withChildren.setVisible(item.item().hasChildren());
        Button publish = new Button(getTranslation("content.action.publish"), click -> {
            dialog.close();
            publish(comment.getValue(), withChildren.getValue());
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("content-publish-confirm");
        dialog.add(new VerticalLayout(comment, withChildren));
        dialog.getFooter().add(new Button(getTranslation("content.cancel"), click -> dialog.close()), publish);
        dialog.open();
    }

    /** Publishes what the form shows: saved first if changed. */
    void publish(String comment, boolean withChildren) {
        if (form.isDirty() && !save()) {
            return;
        }
        attempt("The item could not be published",
                () -> publishing.publish(user, item.item().path(), comment, item.revision(), withChildren))
                .ifPresent(published -> {
                    show(published);
                    say(getTranslation("content.published"));
                });
    }

    void unpublish() {
        if (!publishing.canUnpublish(item.item())) {
            say(getTranslation("content.notPublished"));
            return;
        }
        if (form.isDirty() && !save()) {
            return;
        }
        attempt("The item could not be unpublished", () -> publishing.unpublish(user, item.item().path(), item.revision()))
                .ifPresent(unpublished -> {
                    show(unpublished);
                    say(getTranslation("content.unpublished"));
                });
    }

    private void openSchedule() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("content.schedule.title"));
        DateTimePicker publishAt = new DateTimePicker(getTranslation("content.schedule.publishAt"));
        DateTimePicker unpublishAt = new DateTimePicker(getTranslation("content.schedule.unpublishAt"));
        ZoneId zone = PortalTime.ZONE;
        item.item().publishAt().ifPresent(at -> publishAt.setValue(LocalDateTime.ofInstant(at, zone)));
        item.item().unpublishAt().ifPresent(at -> unpublishAt.setValue(LocalDateTime.ofInstant(at, zone)));
        Paragraph help = new Paragraph(getTranslation("content.schedule.help"));
        Button save = new Button(getTranslation("content.schedule.save"), click -> {
            if (schedule(Optional.ofNullable(publishAt.getValue()).map(at -> at.atZone(zone).toInstant()),
                    Optional.ofNullable(unpublishAt.getValue()).map(at -> at.atZone(zone).toInstant()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(help, publishAt, unpublishAt));
        dialog.getFooter().add(new Button(getTranslation("content.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    boolean schedule(Optional<Instant> publishAt, Optional<Instant> unpublishAt) {
        if (form.isDirty() && !save()) {
            return false;
        }
        return attempt("The schedule could not be saved",
                () -> publishing.schedule(user, item.item().path(), publishAt, unpublishAt, item.revision()))
                .map(scheduled -> {
                    show(scheduled);
                    say(getTranslation(publishAt.isEmpty() && unpublishAt.isEmpty() ? "content.schedule.cleared"
                            : "content.schedule.saved"));
                    return true;
                }).orElse(false);
    }

    private void openPreview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("content.preview.title", item.item().title()));
        dialog.setWidth("90vw");
        dialog.setHeight("90vh");
        Select<String> previewLanguage = new Select<>();
        previewLanguage.setLabel(getTranslation("content.preview.language"));
        previewLanguage.setItems(Languages.ALL);
        previewLanguage.setItemLabelGenerator(code -> getTranslation("content.language." + code));
        IFrame frame = new IFrame();
        frame.setWidthFull();
        frame.setHeight("70vh");
        frame.setTitle(getTranslation("content.preview.frame"));
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        Paragraph problem = new Paragraph();
        previewLanguage.addValueChangeListener(event -> preview(event.getValue()).ifPresentOrElse(html -> {
            frame.setSrcdoc(html);
            problem.setText("");
        }, () -> problem.setText(getTranslation("content.preview.none"))));
        previewLanguage.setValue(language);
        dialog.add(new VerticalLayout(previewLanguage, problem, frame));
        dialog.getFooter().add(new Button(getTranslation("content.close"), click -> dialog.close()));
        dialog.open();
    }

    /** The page showing the item as the form has it, once published; empty (and said why) if it cannot be shown. */
    Optional<String> preview(String previewLanguage) {
        return attempt("The preview could not be made",
                () -> publishing.preview(user, item.item().path(), form.values(), previewLanguage)).flatMap(html -> html);
    }

    private void openVersions() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("content.versions.title", item.item().title()));
        dialog.setWidth("min(70rem, 95vw)");
        List<Version> versions;
        versions = publishing.versions(item.item().path());
        Grid<Version> grid = new Grid<>();
        grid.addColumn(Version::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(version -> Formats.moment(version.created(), getLocale())).setHeader(getTranslation("content.versions.when")).setAutoWidth(true);
        grid.addColumn(version -> who(this, version.author())).setHeader(getTranslation("content.versions.who")).setAutoWidth(true);
        grid.addColumn(Version::comment).setHeader(getTranslation("content.versions.comment"));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        VerticalLayout compare = new VerticalLayout();
        compare.setPadding(false);
        grid.asSingleSelect().addValueChangeListener(event -> {
            compare.removeAll();
            Version version = event.getValue();
            if (version == null) {
                return;
            }
            Button restore = new Button(getTranslation("content.versions.restore", version.number()), click -> {
                if (restore(version.number())) {
                    dialog.close();
                }
            });
            restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            restore.setId("content-restore");
            compare.add(new DiffTable(form.type(), language, getTranslation("content.versions.version", version.number()),
                    version.values(), getTranslation("content.versions.current"), form.values(), false), restore);
        });
        dialog.add(versions.isEmpty() ? new Paragraph(getTranslation("content.versions.none")) : grid, compare);
        dialog.getFooter().add(new Button(getTranslation("content.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Makes an older version the draft; unsaved changes in the form are given up for it. */
    boolean restore(int number) {
        return attempt("The version could not be restored",
                () -> publishing.restore(user, item.item().path(), number, item.revision())).map(restored -> {
                    show(restored);
                    say(getTranslation("content.versions.restored", number));
                    return true;
                }).orElse(false);
    }

    /** Somebody else changed the item: nothing of this editor's was written; compare, or reload. */
    private void openStale(EditableItem current) {
        say(staleMessage(this, current));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("content.stale.title"));
        dialog.setWidth("min(70rem, 95vw)");
        dialog.add(new Paragraph(staleMessage(this, current)));
        VerticalLayout comparison = new VerticalLayout();
        comparison.setPadding(false);
        Button compare = new Button(getTranslation("content.stale.compare"), click -> {
            comparison.removeAll();
            comparison.add(new DiffTable(current.type(), language, getTranslation("content.stale.yours"), form.values(),
                    getTranslation("content.stale.theirs"), current.values(), true));
        });
        compare.setId("content-stale-compare");
        Button reload = new Button(getTranslation("content.stale.reload"), click -> {
            dialog.close();
            show(current);
            say(getTranslation("content.reloaded"));
        });
        reload.setId("content-stale-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(comparison);
        dialog.getFooter().add(new Button(getTranslation("content.stale.keep"), click -> dialog.close()), compare, reload);
        dialog.open();
    }

    /** Who changed an item, as people read it (the scheduler by what it is). */
    static String who(com.vaadin.flow.component.Component context, String editor) {
        return Publishing.SCHEDULER.equals(editor) ? context.getTranslation("content.versions.scheduler") : editor;
    }

    /** That somebody else changed the item, who and when, and that nothing of this editor's was saved. */
    static String staleMessage(com.vaadin.flow.component.Component context, EditableItem current) {
        return context.getTranslation("content.stale", current.lastEditor().map(editor -> who(context, editor)).orElse("?"),
                current.lastEdited().<Object>map(at -> at).orElse("")); // the text shows the moment in the reader's language
    }

    /** Tells the browser whether leaving the page would lose changes (it asks before closing the tab). */
    private void rememberUnsaved() {
        UnsavedChanges.mark(this, form != null && form.isDirty());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UnsavedChanges.guardTheTab(event.getUI());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(this, event, form != null && form.isDirty());
    }

    /** The form, for tests. */
    ContentForm form() {
        return form;
    }

    TextField nameField() {
        return name;
    }

    Optional<EditableItem> item() {
        return Optional.ofNullable(item);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of((item == null ? getTranslation("content.editor") : item.item().title()));
    }
}
