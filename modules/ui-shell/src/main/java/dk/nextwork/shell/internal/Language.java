package dk.nextwork.shell.internal;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import dk.nextwork.platform.i18n.Languages;

import dk.nextwork.platform.i18n.Texts;

/** The interface language of a browser session: Danish unless the user chose English. */
public final class Language {

    private static final String CHOSEN = "nextwork.language";

    private Language() {
    }

    public static void use(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Texts.DANISH;
        VaadinSession.getCurrent().setAttribute(CHOSEN, locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** The language chosen in this session, else Danish (whatever the browser prefers). */
    public static Locale of(VaadinSession session) {
        return session != null && session.getAttribute(CHOSEN) instanceof Locale chosen ? chosen : Texts.DANISH;
    }

    /** A button that switches to the other language and shows the page again in it. */
    public static Button switchButton(Runnable alsoRemember) {
        Button button = new Button(UI.getCurrent().getTranslation("shell.language.switch"), click -> {
            String other = Languages.next(Texts.language(UI.getCurrent().getLocale()));
            use(other);
            alsoRemember.run();
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", UI.getCurrent().getTranslation("shell.language.switchLabel"));
        button.getElement().setAttribute("lang", Languages.next(Texts.language(UI.getCurrent().getLocale())));
        button.addClassName("language-switch");
        return button;
    }
}
