package dk.nextwork.contentapps.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.contentapps.ContentItem;
import dk.nextwork.contentapps.ContentItems;
import dk.nextwork.contentapps.ItemQuery;
import dk.nextwork.contentapps.ItemStatus;
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
 * {@code /app/content/<type>}: the app of one content type, made from its definition: its items
 * in a grid that loads as it scrolls, with search, sorting by column, a filter by state, and
 * create, open, duplicate and delete.
 */
@Route(value = "content/:type", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_ID)
@Dependent
public class ContentListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The filter's choices: everything, a state, or "has unpublished changes". */
    enum Filter { ALL, NEW, PUBLISHED, UNPUBLISHED, DRAFT }

    private final ContentItems items;
    private final SignedInUser user = CurrentUser.get();
    private final String language = CurrentUser.language();
    private final H1 heading = new H1();
    private final TextField search;
    private final Select<Filter> filter = new Select<>();
    private final Grid<ContentItem> grid = new Grid<>();
    private final Paragraph message = Messages.status("content-message");
    private final ItemActions actions;
    private ContentType type;

    @Inject
    public ContentListView(ContentItems items) {
        this.items = items;
        this.actions = new ItemActions(items, user, message::setText, () -> grid.getDataProvider().refreshAll());
        search = SearchField.of(getTranslation("content.search"), () -> grid.getDataProvider().refreshAll());
        filter.setLabel(getTranslation("content.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(choice -> getTranslation("content.filter." + choice.name().toLowerCase()));
        filter.setValue(Filter.ALL);
        filter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        grid.addColumn(ContentItem::title).setHeader(getTranslation("content.column.title")).setSortProperty("TITLE")
                .setFlexGrow(2);
        grid.addColumn(ContentItem::path).setHeader(getTranslation("content.column.path")).setSortProperty("PATH");
        grid.addColumn(item -> ItemActions.status(item, this)).setHeader(getTranslation("content.column.status"))
                .setSortProperty("STATUS").setAutoWidth(true);
        grid.addColumn(item -> Formats.moment(item.modified(), getLocale())).setHeader(getTranslation("content.column.modified"))
                .setSortProperty("MODIFIED").setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.addItemClickListener(click -> ItemActions.open(click.getItem().path()));
        grid.setHeight("70vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typeName = event.getRouteParameters().get("type").orElse("");
        Optional<ContentType> found = items.type(typeName);
        removeAll();
        if (found.isEmpty()) {
            add(new H1(getTranslation("content.refused.noType")));
            return;
        }
        type = found.get();
        heading.setText(type.labelIn(language));
        HorizontalLayout tools = new HorizontalLayout(search, filter);
        if (items.pageTree().contains(type)) {
            // pages and components have a place in the tree: they are added there
            tools.add(new com.vaadin.flow.component.html.Anchor(
                    com.vaadin.flow.router.RouteConfiguration.forSessionScope().getUrl(PageTreeView.class),
                    getTranslation("content.addInTree")));
        } else {
            Button create = new Button(getTranslation("content.action.new", type.labelIn(language)), VaadinIcon.PLUS.create(),
                    click -> ItemActions.create(type.name(), type.storage()));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("content-new");
            tools.add(create);
        }
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        grid.setItems(query -> {
            return items.find(query(query.getSortOrders()).slice(query.getOffset(), query.getLimit())).stream();
        }, query -> {
            return items.count(query(query.getSortOrders()));
        });
        add(heading, tools, message, grid);
    }

    private ItemQuery query(List<QuerySortOrder> sortOrders) {
        ItemQuery.Sort sort = ItemQuery.Sort.TITLE;
        boolean ascending = true;
        if (!sortOrders.isEmpty()) {
            sort = ItemQuery.Sort.valueOf(sortOrders.get(0).getSorted());
            ascending = sortOrders.get(0).getDirection() == SortDirection.ASCENDING;
        }
        Filter chosen = filter.getValue() == null ? Filter.ALL : filter.getValue();
        Optional<ItemStatus> status = switch (chosen) {
            case NEW -> Optional.of(ItemStatus.NEW);
            case PUBLISHED -> Optional.of(ItemStatus.PUBLISHED);
            case UNPUBLISHED -> Optional.of(ItemStatus.UNPUBLISHED);
            default -> Optional.empty();
        };
        return new ItemQuery(type.name(), search.getValue(), status, chosen == Filter.DRAFT, sort, ascending, 0,
                Integer.MAX_VALUE);
    }

    private HorizontalLayout rowActions(ContentItem item) {
        Button duplicate = new Button(VaadinIcon.COPY.create(), click -> duplicate(item));
        duplicate.setAriaLabel(getTranslation("content.action.duplicate") + ": " + item.title());
        duplicate.setTooltipText(getTranslation("content.action.duplicate"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> delete(item));
        delete.setAriaLabel(getTranslation("content.action.delete") + ": " + item.title());
        delete.setTooltipText(getTranslation("content.action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(duplicate, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(duplicate, delete);
    }

    void duplicate(ContentItem item) {
        actions.duplicate(item, this);
    }

    void delete(ContentItem item) {
        actions.delete(item, this);
    }

    Grid<ContentItem> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of((type == null ? getTranslation("content.apps") : type.labelIn(language)));
    }
}
