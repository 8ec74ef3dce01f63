package dk.nextwork.contentapps.ui;

import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.contentapps.ContentItem;
import dk.nextwork.contentapps.ContentItems;
import dk.nextwork.contentapps.EditRefusedException;
import dk.nextwork.contentapps.ItemQuery;
import dk.nextwork.contentapps.PageTree;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.SearchField;

/**
 * {@code /app/pages}: the site's page tree, loaded a level at a time as it is opened, each page
 * with its components; add sub-pages and components of any type stored in the tree, move up,
 * down or elsewhere, duplicate, delete. A search lists the pages whose titles match.
 */
@Route(value = "pages", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_ID)
@Dependent
public class PageTreeView extends VerticalLayout implements HasDynamicTitle {

    private final ContentItems items;
    private final SignedInUser user = CurrentUser.get();
    private final String language = CurrentUser.language();
    private final TreeGrid<ContentItem> tree = new TreeGrid<>();
    private final Grid<ContentItem> found = new Grid<>();
    private final TextField search;
    private final Paragraph message = Messages.status("page-tree-message");
    private final ItemActions actions;
    private final String root;

    @Inject
    public PageTreeView(ContentItems items) {
        this.items = items;
        this.root = items.pageTree().root();
        this.actions = new ItemActions(items, user, message::setText, this::refresh);
        search = SearchField.of(getTranslation("content.pages.search"), this::showSearch);
        tree.addHierarchyColumn(ContentItem::title).setHeader(getTranslation("content.column.title")).setFlexGrow(2);
        tree.addColumn(item -> typeLabel(item.typeName())).setHeader(getTranslation("content.column.type")).setAutoWidth(true);
        tree.addColumn(item -> ItemActions.status(item, this)).setHeader(getTranslation("content.column.status")).setAutoWidth(true);
        tree.addColumn(item -> Formats.moment(item.modified(), getLocale())).setHeader(getTranslation("content.column.modified"))
                .setAutoWidth(true);
        // a fixed width: a menu bar measures as empty when the grid sizes columns to their content
        tree.addComponentColumn(this::menu).setWidth("5rem").setFlexGrow(0);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<ContentItem, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<ContentItem, Void> query) {
                return children(query.getParent()).size();
            }

            @Override
            public boolean hasChildren(ContentItem item) {
                return item.hasChildren();
            }

            @Override
            protected Stream<ContentItem> fetchChildrenFromBackEnd(HierarchicalQuery<ContentItem, Void> query) {
                return children(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
            }

            @Override
            public Object getId(ContentItem item) {
                return item.path();
            }
        });
        tree.addItemDoubleClickListener(click -> ItemActions.open(click.getItem().path()));
        tree.setHeight("70vh");
        found.addColumn(ContentItem::title).setHeader(getTranslation("content.column.title"));
        found.addColumn(ContentItem::path).setHeader(getTranslation("content.column.path"));
        found.addColumn(item -> ItemActions.status(item, this)).setHeader(getTranslation("content.column.status"));
        found.addItemClickListener(click -> ItemActions.open(click.getItem().path()));
        found.setVisible(false);
        found.setAllRowsVisible(true);
        add(new H1(getTranslation("content.pages.title")), search, message, found, tree);
        children(null).stream().findFirst().ifPresent(top -> tree.expand(top));
    }

    private List<ContentItem> children(ContentItem parent) {
        return items.children(parent == null ? root : parent.path());
    }

    private void showSearch(String text) {
        boolean searching = text != null && !text.isBlank();
        found.setVisible(searching);
        tree.setVisible(!searching);
        if (searching) {
            ItemQuery query = new ItemQuery(PageTree.PAGE, text, java.util.Optional.empty(), false, ItemQuery.Sort.TITLE, true, 0, 200);
            found.setItems(items.find(query));
        }
    }

    private String typeLabel(String typeName) {
        return items.type(typeName).map(type -> type.labelIn(language)).orElse(typeName);
    }

    private MenuBar menu(ContentItem item) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem top = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        top.setAriaLabel(getTranslation("content.pages.actions", item.title()));
        SubMenu sub = top.getSubMenu();
        sub.addItem(getTranslation("content.action.edit"), click -> ItemActions.open(item.path()));
        List<ContentType> addable = items.pageTree().typesAllowedBelow(item);
        if (!addable.isEmpty()) {
            MenuItem add = sub.addItem(getTranslation("content.action.add"));
            for (ContentType type : addable) {
                add.getSubMenu().addItem(type.labelIn(language), click -> ItemActions.create(type.name(), item.path()));
            }
        }
        sub.addItem(getTranslation("content.action.up"), click -> reorder(item, true));
        sub.addItem(getTranslation("content.action.down"), click -> reorder(item, false));
        sub.addItem(getTranslation("content.action.move"), click -> openMove(item));
        sub.addItem(getTranslation("content.action.duplicate"), click -> actions.duplicate(item, this));
        sub.addItem(getTranslation("content.action.delete"), click -> actions.delete(item, this));
        return menu;
    }

    void reorder(ContentItem item, boolean up) {
        try {
            items.reorder(user, item.path(), up);
            refresh();
        } catch (EditRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    void openMove(ContentItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("content.move.title", item.title()));
        dialog.setWidth("min(36rem, 95vw)"); // room for a page's trail of titles
        ComboBox<ContentItem> target = new ComboBox<>(getTranslation("content.move.to"));
        List<ContentItem> places = items.placesToMove(item);
        target.setItems(places);
        target.setItemLabelGenerator(page -> PageTree.trail(page, places));
        target.setWidthFull();
        Button move = new Button(getTranslation("content.action.move"), click -> {
            if (target.getValue() != null && move(item, target.getValue(), PageTree.trail(target.getValue(), places))) {
                dialog.close();
            }
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(target);
        dialog.getFooter().add(new Button(getTranslation("content.cancel"), click -> dialog.close()), move);
        dialog.open();
    }

    boolean move(ContentItem item, ContentItem newParent, String where) {
        try {
            items.move(user, item.path(), newParent.path());
            message.setText(getTranslation("content.moved", item.title(), where));
            refresh();
            return true;
        } catch (EditRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
        return false;
    }

    private void refresh() {
        tree.getDataProvider().refreshAll();
        showSearch(search.getValue());
    }

    TreeGrid<ContentItem> tree() {
        return tree;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("content.pages.title"));
    }
}
