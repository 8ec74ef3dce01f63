package dk.nextwork.shell.internal;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
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
        Button button = new Button(UI.getCurrent().getTranslation("shell.language.switch"), click -> switchOver(alsoRemember));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        named(button.getElement());
        button.addClassName("language-switch");
        return button;
    }

    /** The same switch as an entry of a menu (the user menu, where a phone's narrow header has it). */
    public static MenuItem switchItem(SubMenu menu, Runnable alsoRemember) {
        MenuItem item = menu.addItem(UI.getCurrent().getTranslation("shell.language.switch"), click -> switchOver(alsoRemember));
        named(item.getElement());
        item.addClassName("language-switch-item");
        return item;
    }

    /** Read out as "Switch to English", in the language it names (the visible text is that language's own name). */
    private static void named(com.vaadin.flow.dom.Element element) {
        element.setAttribute("aria-label", UI.getCurrent().getTranslation("shell.language.switchLabel"));
        element.setAttribute("lang", Languages.next(Texts.language(UI.getCurrent().getLocale())));
    }

    private static void switchOver(Runnable alsoRemember) {
        String other = Languages.next(Texts.language(UI.getCurrent().getLocale()));
        use(other);
        alsoRemember.run();
        UI.getCurrent().getPage().reload();
    }
}
