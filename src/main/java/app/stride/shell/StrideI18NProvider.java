package app.stride.shell;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's default provider over {@code vaadin-i18n/translations*.properties}, with English in
 * the base file. English is asked for as {@link Locale#ROOT}: asking for {@code en} would make
 * {@link java.util.ResourceBundle} fall back to the JVM's default locale, and show Dutch on a
 * Dutch server.
 */
@Component
public class StrideI18NProvider extends DefaultI18NProvider {

    public StrideI18NProvider() {
        super(Languages.SUPPORTED, StrideI18NProvider.class.getClassLoader());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale lang = Languages.supported(locale);
        return super.getTranslation(key, lang == Languages.DUTCH ? lang : Locale.ROOT, params);
    }
}
