package dk.nextwork.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.config.ProductName;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.shell.internal.Language;
import dk.nextwork.shell.ui.ProfileView;

/**
 * The application shell: the side navigation the modules contribute, shown only with the entries
 * the user's role may open; the language switch; the user menu (profile, language, sign out, sign
 * out everywhere). Collapses to a drawer on a phone, where the header keeps the product name and
 * the user menu whole and the language switch moves into the user menu (shell.css).
 */
@PermitAll
@Dependent
// what the shell may show on any view: the unsaved-changes question, and an error's reference
@Uses(ConfirmDialog.class)
@Uses(Notification.class)
@CssImport("./nextwork-shell/shell.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Navigation navigation;
    /** The entries that carry a count, with their badges. */
    private final Map<SideNavItem, List<NavigationBadge>> counted = new LinkedHashMap<>();
    /** The badges' watches while the layout is shown: a count changes live, on whatever view. */
    private final List<AutoCloseable> watching = new java.util.ArrayList<>();

    @Inject
    public MainLayout(Navigation navigation, Accounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
        this.navigation = navigation;
        // an error page ("findes ikke") is shown in this frame to someone not signed in too: no menu then
        SignedInUser user = CurrentUser.find().orElse(null);
        Span title = new Span(ProductName.current());
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout(title);
        header.addClassName("app-header");
        if (user != null) {
            header.addComponentAsFirst(new DrawerToggle()); // nothing to open for someone not signed in
            // on a narrow screen the header's language switch gives way to the user menu's (shell.css)
            header.addClassName("signed-in");
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setPadding(true);
        HorizontalLayout end = new HorizontalLayout(Language.switchButton(this::rememberLanguage));
        end.addClassName("app-header-end");
        if (user != null) {
            end.add(userMenu(user));
        }
        end.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.add(end);
        header.expand(title);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", ProductName.current());
        for (NavigationItem item : user == null ? java.util.List.<NavigationItem>of() : navigation.itemsFor(user)) {
            String path = RouteConfiguration.forSessionScope().getUrl(item.view(), new RouteParameters(item.routeParameters()));
            SideNavItem entry = new SideNavItem(item.label(CurrentUser.language(), key -> getTranslation(key)), path,
                    item.icon().create());
            List<NavigationBadge> badges = navigation.badgesOf(item.view());
            if (!badges.isEmpty()) {
                counted.put(entry, badges);
            }
            nav.addItem(entry);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        refreshBadges();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (CurrentUser.find().isEmpty()) {
            return;
        }
        Caller caller = CurrentUser.caller();
        UI ui = attach.getUI();
        counted.values().stream().flatMap(List::stream).distinct()
                // a watch's call comes on another thread, outside any request: the counts are the caller's of now
                .forEach(badge -> watching.add(badge.watch(caller, () -> ui.access(() -> refreshBadges(caller)))));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        for (AutoCloseable watch : watching) {
            try {
                watch.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(MainLayout.class).warn("A badge's watch did not close", e);
            }
        }
        watching.clear();
        super.onDetach(detach);
    }

    /** Asks the modules' counts again: after a view changed one (messages read, say). */
    public static void refreshBadges(UI ui) {
        ui.getInternals().getActiveRouterTargetsChain().stream().filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast).findFirst().ifPresent(MainLayout::refreshBadges);
    }

    private void refreshBadges() {
        refreshBadges(CurrentUser.find().isPresent() ? CurrentUser.caller() : null);
    }

    private void refreshBadges(Caller caller) {
        for (Map.Entry<SideNavItem, List<NavigationBadge>> entry : counted.entrySet()) {
            int count = caller == null ? 0 : entry.getValue().stream().mapToInt(badge -> badge.count(caller)).sum();
            if (count <= 0) {
                entry.getKey().setSuffixComponent(null);
                continue;
            }
            String shown = NavigationBadge.shown(count, getLocale());
            Span number = new Span(shown);
            number.getElement().setAttribute("aria-hidden", "true");
            NavigationBadge first = entry.getValue().get(0);
            Span said = new Span(getTranslation(count == 1 ? first.labelKeyForOne() : first.labelKey(), shown));
            said.addClassName("visually-hidden");
            Span badge = new Span(number, said);
            badge.addClassName("nav-badge");
            entry.getKey().setSuffixComponent(badge);
        }
    }

    /**
     * The user's menu, opened by their name; on a narrow screen by an icon alone, the name kept as
     * the button's text for screen readers (shell.css hides it visually). It has the language
     * switch too, as the header has no room for it there.
     */
    private MenuBar userMenu(SignedInUser user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu-bar");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        MenuItem opener = menu.addItem(VaadinIcon.USER.create());
        opener.add(name);
        opener.addClassName("user-menu");
        SubMenu items = opener.getSubMenu();
        items.addItem(getTranslation("shell.menu.profile"), click -> UI.getCurrent().navigate(ProfileView.class));
        items.addItem(getTranslation("shell.profile.changePassword"), click -> UI.getCurrent().navigate(ProfileView.class));
        Language.switchItem(items, this::rememberLanguage);
        items.addItem(getTranslation("shell.menu.signOut"), click -> signOut(user, false));
        items.addItem(getTranslation("shell.menu.signOutEverywhere"), click -> signOut(user, true));
        return menu;
    }

    private void rememberLanguage() {
        CurrentUser.find().ifPresent(user -> {
            try {
                accounts.setLanguage(user.id(), Languages.of(UI.getCurrent().getLocale()));
            } catch (RepositoryFailure e) {
                // the language is switched for now; only remembering it for the next time failed
                org.slf4j.LoggerFactory.getLogger(MainLayout.class).warn("The chosen language could not be saved", e);
            }
        });
    }

    private void signOut(SignedInUser user, boolean everywhere) {
        if (everywhere) {
            accounts.signOutEverywhere(user.id(), CurrentUser.caller());
        } else {
            audit.record(CurrentUser.caller(), "signOut", user.id(), null);
        }
        String contextPath = ((VaadinServletRequest) VaadinRequest.getCurrent()).getContextPath();
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation(contextPath + "/app/login");
    }

    /**
     * A new view starts at its top: the layout's content area is what scrolls, and the browser
     * would otherwise keep the previous view's position (a saved form's bottom, say).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshBadges();
        getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + " if (content) { content.scrollTop = 0; }");
    }
}
