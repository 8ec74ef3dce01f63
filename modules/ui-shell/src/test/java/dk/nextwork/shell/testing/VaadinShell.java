package dk.nextwork.shell.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.WebSessions;
import dk.nextwork.shell.ui.AccountsView;
import dk.nextwork.shell.ui.AuditView;
import dk.nextwork.shell.ui.ForgotPasswordView;
import dk.nextwork.shell.ui.ShellNavigation;
import dk.nextwork.shell.ui.LoginView;
import dk.nextwork.shell.ui.PeopleView;
import dk.nextwork.shell.ui.PersonView;
import dk.nextwork.shell.ui.ProfileView;
import dk.nextwork.shell.ui.SetPasswordView;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Navigation;
import dk.nextwork.shell.NavigationBadge;
import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.PortalI18NProvider;
import dk.nextwork.shell.ui.StartView;

/**
 * The application shell in Karibu-Testing, without a browser or servlet container: views are
 * built by the given suppliers with their services (as CDI builds them in the portal), the shell's
 * layout with the given navigation, and every request carries the given user, as the
 * authentication filter would set it.
 */
public final class VaadinShell {

    private VaadinShell() {
    }

    /**
     * Starts a mock Vaadin with the routes of {@code viewPackages} (the identity views are always
     * among them); {@code views} builds views that need services.
     */
    public static void start(IdentityFixture identity, SignedInUser user, List<NavigationContribution> navigation,
                             Map<Class<?>, Supplier<?>> views, String... viewPackages) {
        start(identity, user, navigation, List.of(), views, viewPackages);
    }

    /** As {@link #start(IdentityFixture, SignedInUser, List, Map, String...)}, with counts beside the entries. */
    public static void start(IdentityFixture identity, SignedInUser user, List<NavigationContribution> navigation,
                             List<NavigationBadge> badges, Map<Class<?>, Supplier<?>> views, String... viewPackages) {
        Map<Class<?>, Supplier<?>> all = new HashMap<>(views);
        List<NavigationContribution> contributions = new java.util.ArrayList<>(navigation);
        contributions.add(new ShellNavigation());
        Navigation shellNavigation = new Navigation(contributions, badges);
        all.putIfAbsent(MainLayout.class, () -> new MainLayout(shellNavigation, identity.accounts, identity.audit));
        all.putIfAbsent(StartView.class, () -> new StartView(shellNavigation));
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit, List.of());
        WebSessions sessions = new WebSessions(identity.signIn, identity.platform.configuration());
        all.putIfAbsent(LoginView.class, () -> new LoginView(identity.signIn, sessions));
        all.putIfAbsent(ForgotPasswordView.class, () -> new ForgotPasswordView(identity.links));
        all.putIfAbsent(SetPasswordView.class, () -> new SetPasswordView(identity.links));
        all.putIfAbsent(ProfileView.class, () -> new ProfileView(identity.accounts, sessions, identity.companies));
        all.putIfAbsent(PeopleView.class, () -> unchecked(() -> new PeopleView(access)));
        all.putIfAbsent(PersonView.class, () -> new PersonView(access));
        all.putIfAbsent(AccountsView.class, () -> unchecked(() -> new AccountsView(identity.accounts, identity.links,
                identity.mail, identity.companies)));
        all.putIfAbsent(AuditView.class, () -> unchecked(() -> new AuditView(identity.audit, identity.accounts)));
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (user != null) {
                request.setUserPrincipalInt(user);
                request.setUserInRole((principal, role) -> Role.find(role).filter(user::has).isPresent());
            }
            return request;
        });
        Routes routes = new Routes().autoDiscoverViews("dk.nextwork.shell.ui");
        for (String viewPackage : viewPackages) {
            Routes more = new Routes().autoDiscoverViews(viewPackage);
            routes.getRoutes().addAll(more.getRoutes());
            // the shell's discovery has the error views (its own "findes ikke", and Karibu's stand-ins where it has none)
            more.getErrorRoutes().removeIf(errorView -> errorView.getName().startsWith("com.github.mvysny."));
            routes.getErrorRoutes().addAll(more.getErrorRoutes());
        }
        MockVaadin.setup(UI::new, new MockVaadinServlet(routes) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    @Override
                    public Instantiator getInstantiator() {
                        return new ViewsInstantiator(super.getInstantiator(), all);
                    }
                };
                service.init();
                routes.register(service.getContext());
                return service;
            }
        });
    }

    /**
     * The current page's text (each top-level part on a line of its own), to look for what a user
     * reads and what they must not; HTML a view set as a part's inner HTML is read as the browser shows it.
     */
    public static String pageText() {
        return UI.getCurrent().getChildren().map(child -> text(child.getElement()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** An element's text as a reader sees it, its inner HTML (if a view set one) as text. */
    public static String text(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerHTML")) {
            return org.jsoup.Jsoup.parse(element.getProperty("innerHTML")).text();
        }
        return element.getChildren().map(VaadinShell::text).collect(java.util.stream.Collectors.joining());
    }

    public static void stop() {
        MockVaadin.tearDown();
    }

    /** Builds a view whose constructor may throw. */
    public interface Construction<T> {
        T build() throws Exception;
    }

    public static <T> T unchecked(Construction<T> construction) {
        try {
            return construction.build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds the shell's views with their services; everything else as Vaadin would. */
    private record ViewsInstantiator(Instantiator delegate, Map<Class<?>, Supplier<?>> views) implements Instantiator {

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            return delegate.getServiceInitListeners();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getOrCreate(Class<T> type) {
            return views.containsKey(type) ? (T) views.get(type).get() : delegate.getOrCreate(type);
        }

        @Override
        public <T extends HasElement> T createRouteTarget(Class<T> routeTargetType, NavigationEvent event) {
            return getOrCreate(routeTargetType);
        }

        @Override
        public <T extends Component> T createComponent(Class<T> componentClass) {
            return getOrCreate(componentClass);
        }

        @Override
        public I18NProvider getI18NProvider() {
            return new PortalI18NProvider();
        }
    }
}
