package dk.nextwork.shell.internal;

import java.lang.reflect.AnnotatedElement;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.NavigationAccessControl;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.shell.ui.LoginView;

/**
 * Deny by default for every Vaadin route: a view is reachable only as its access annotation says
 * ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); without one, nobody.
 * Someone not signed in is sent to the sign-in view; someone signed in but refused gets the
 * refusal page. Each UI speaks the session's chosen language (Danish by default); a failure in a
 * view's event is told in it with a reference ({@link ApplicationErrors}); the bootstrap page's
 * scripts carry a nonce ({@link ContentSecurityNonce}). Registered in {@code META-INF/services}.
 */
public class PortalAccessControl extends NavigationAccessControl implements VaadinServiceInitListener {

    public PortalAccessControl() {
        setLoginView(LoginView.class);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(new ContentSecurityNonce());
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new ApplicationErrors()));
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().setLocale(Language.of(ui.getUI().getSession()));
            ui.getUI().addBeforeEnterListener(this);
        });
    }

    @Override
    protected Class<? extends RuntimeException> getAccessDeniedException(AnnotatedElement target) {
        return AccessDeniedException.class;
    }
}
