package dk.nextwork.shell.ui;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.nextwork.identity.SignIn;
import dk.nextwork.identity.SignInResult;
import dk.nextwork.identity.WebSessions;
import dk.nextwork.platform.config.ProductName;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.internal.Language;

/** {@code /app/login}: signing in with e-mail address and password, in Danish or English. */
@Route("login")
@AnonymousAllowed
@Dependent
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    private final SignIn signIn;
    private final WebSessions sessions;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(SignIn signIn, WebSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
        setAlignItems(Alignment.CENTER);
        form.setI18n(texts(getTranslation("shell.login.wrong")));
        form.addLoginListener(this::signIn);
        form.addForgotPasswordListener(event -> UI.getCurrent().navigate(ForgotPasswordView.class));
        add(Language.switchButton(() -> { }), new H1(ProductName.current()), new Paragraph(getTranslation("shell.login.description")), form);
    }

    private void signIn(AbstractLogin.LoginEvent event) {
        VaadinServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        SignInResult result = signIn.signIn(event.getUsername(), event.getPassword(), CurrentUser.caller());
        if (result instanceof SignInResult.SignedIn signedIn) {
            VaadinService.reinitializeSession(request);
            sessions.start(request.getHttpServletRequest().getSession(), signedIn.user());
            Language.use(signedIn.user().language());
            UI.getCurrent().getPage().setLocation(request.getContextPath() + "/app/");
            return;
        }
        String message = result instanceof SignInResult.TryLater later
                ? getTranslation("shell.login.tryLater", Math.max(1, (later.retryAfter().toSeconds() + 59) / 60))
                : getTranslation("shell.login.wrong");
        form.setI18n(texts(message));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n texts(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("shell.login.title"));
        i18n.getForm().setUsername(getTranslation("shell.login.username"));
        i18n.getForm().setPassword(getTranslation("shell.login.password"));
        i18n.getForm().setSubmit(getTranslation("shell.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("shell.login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("shell.login.errorTitle"));
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(getTranslation("shell.login.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("shell.login.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("shell.login.title"));
    }
}
