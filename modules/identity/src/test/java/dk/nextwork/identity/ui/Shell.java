package dk.nextwork.identity.ui;

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
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Relationships;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.WebSessions;

/**
 * The application shell in Karibu-Testing, without a browser or servlet container: views are
 * built with the identity services of a running platform (as CDI builds them in the portal), and
 * every request carries the given user, as the authentication filter would set it.
 */
final class Shell {

    private Shell() {
    }

    static void start(IdentityFixture identity, SignedInUser user, List<Relationships> relationships) {
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit, relationships);
        Navigation navigation = new Navigation(List.of(new IdentityNavigation()));
        WebSessions sessions = new WebSessions(identity.signIn, identity.platform.configuration());
        Map<Class<?>, Supplier<?>> views = new HashMap<>();
        views.put(MainLayout.class, () -> new MainLayout(navigation, identity.accounts, identity.audit));
        views.put(StartView.class, () -> new StartView(navigation));
        views.put(LoginView.class, () -> new LoginView(identity.signIn, sessions));
        views.put(ForgotPasswordView.class, () -> new ForgotPasswordView(identity.links));
        views.put(SetPasswordView.class, () -> new SetPasswordView(identity.links));
        views.put(ProfileView.class, () -> new ProfileView(identity.accounts, sessions));
        views.put(PeopleView.class, () -> unchecked(() -> new PeopleView(access)));
        views.put(PersonView.class, () -> new PersonView(access));
        views.put(AccountsView.class, () -> unchecked(() -> new AccountsView(identity.accounts, identity.links, identity.mail, identity.audit)));
        views.put(AuditView.class, () -> unchecked(() -> new AuditView(identity.audit, identity.accounts)));

        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (user != null) {
                request.setUserPrincipalInt(user);
                request.setUserInRole((principal, role) -> Role.find(role).filter(user::has).isPresent());
            }
            return request;
        });
        Routes routes = new Routes().autoDiscoverViews("dk.nextwork.identity.ui");
        MockVaadin.setup(UI::new, new MockVaadinServlet(routes) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    @Override
                    public Instantiator getInstantiator() {
                        return new ViewsInstantiator(super.getInstantiator(), views);
                    }
                };
                service.init();
                routes.register(service.getContext());
                return service;
            }
        });
    }

    static void stop() {
        MockVaadin.tearDown();
    }

    private interface Construction<T> {
        T build() throws Exception;
    }

    private static <T> T unchecked(Construction<T> construction) {
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
