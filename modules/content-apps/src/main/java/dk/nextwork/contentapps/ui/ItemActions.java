package dk.nextwork.contentapps.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;

import dk.nextwork.contentapps.ContentItem;
import dk.nextwork.contentapps.ContentItems;
import dk.nextwork.contentapps.EditRefusedException;
import dk.nextwork.contentapps.Reference;
import dk.nextwork.identity.SignedInUser;

/**
 * What the content lists and the page tree do with an item the same way: open it, duplicate it,
 * delete it after confirming (refused, with the list of who links to it, while anything does).
 * Results are told through {@code say}.
 */
final class ItemActions {

    private final ContentItems items;
    private final SignedInUser user;
    private final Consumer<String> say;
    private final Runnable refresh;

    ItemActions(ContentItems items, SignedInUser user, Consumer<String> say, Runnable refresh) {
        this.items = items;
        this.user = user;
        this.say = say;
        this.refresh = refresh;
    }

    static void open(String path) {
        UI.getCurrent().navigate(ItemEditorView.class, QueryParameters.of("path", path));
    }

    static void create(String typeName, String parentPath) {
        UI.getCurrent().navigate(ItemEditorView.class, QueryParameters.simple(
                java.util.Map.of("type", typeName, "parent", parentPath)));
    }

    void duplicate(ContentItem item, Component context) {
        try {
            String copy = items.duplicate(user, item.path());
            String copyTitle = items.item(copy).map(ContentItem::title).orElse(item.title());
            say.accept(context.getTranslation("content.duplicated", item.title(), copyTitle));
            refresh.run();
        } catch (EditRefusedException refused) {
            say.accept(context.getTranslation(refused.reason(), refused.values()));
        }
    }

    /** Asks first, and shows who links to the item, if anybody does (it cannot be deleted then). */
    void delete(ContentItem item, Component context) {
        List<Reference> references;
        references = items.references(item.path());
        if (!references.isEmpty()) {
            ConfirmDialog blocked = new ConfirmDialog();
            blocked.setHeader(context.getTranslation("content.delete.blockedTitle", item.title()));
            UnorderedList list = new UnorderedList();
            for (Reference reference : references) {
                list.add(new ListItem(context.getTranslation(reference.inDraft() ? "content.reference.draft" : "content.reference",
                        reference.title(), reference.typeLabel(), reference.fieldLabel())));
            }
            blocked.setText(new VerticalLayout(new Paragraph(context.getTranslation("content.delete.blockedText")), list));
            blocked.setConfirmText(context.getTranslation("content.close"));
            blocked.open();
            say.accept(context.getTranslation("content.refused.referenced", references.size(), references.get(0).title()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(context.getTranslation("content.delete.title", item.title()),
                context.getTranslation(item.hasChildren() ? "content.delete.textWithChildren" : "content.delete.text", item.title()),
                context.getTranslation("content.action.delete"), yes -> {
                    try {
                        items.delete(user, item.path());
                        say.accept(context.getTranslation("content.deleted", item.title()));
                        refresh.run();
                    } catch (EditRefusedException refused) {
                        say.accept(context.getTranslation(refused.reason(), refused.values()));
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(context.getTranslation("content.cancel"));
        confirm.open();
    }

    /** The item's state in a few words. */
    static String status(ContentItem item, Component context) {
        String text = context.getTranslation("content.status." + item.status().name().toLowerCase());
        if (item.hasDraft()) {
            text += " · " + context.getTranslation("content.status.draft");
        }
        if (item.publishAt().isPresent() || item.unpublishAt().isPresent()) {
            text += " · " + context.getTranslation("content.status.scheduled");
        }
        return text;
    }
}
