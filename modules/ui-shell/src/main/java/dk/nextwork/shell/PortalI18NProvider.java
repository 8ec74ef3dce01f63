package dk.nextwork.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import dk.nextwork.platform.i18n.Texts;

/**
 * Vaadin's {@code getTranslation} over the modules' texts: Danish by default, English available.
 * The servlet names it in its {@code i18n.provider} parameter.
 */
public class PortalI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.of(PortalI18NProvider.class.getClassLoader()).get(locale, key, params);
    }
}
