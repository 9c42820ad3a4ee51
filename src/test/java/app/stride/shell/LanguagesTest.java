package app.stride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void browserPreferenceIsFollowedInOrder() {
        assertThat(Languages.fromBrowser(List.of(Locale.forLanguageTag("nl-BE"), Locale.ENGLISH)))
                .isEqualTo(Languages.DUTCH);
        assertThat(Languages.fromBrowser(List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"),
                Locale.forLanguageTag("nl")))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromBrowser(List.of(Locale.GERMAN, Locale.forLanguageTag("nl-NL"))))
                .isEqualTo(Languages.DUTCH);
    }

    @Test
    void unknownLanguagesGetEnglish() {
        assertThat(Languages.fromBrowser(List.of(Locale.JAPANESE))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromBrowser(List.of())).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.supported(Locale.FRENCH)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void englishIsEnglishEvenOnADutchServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Languages.DUTCH);
            StrideI18NProvider provider = new StrideI18NProvider();
            assertThat(provider.getTranslation("shell.logout", Locale.ENGLISH)).isEqualTo("Log out");
            assertThat(provider.getTranslation("shell.logout", Locale.forLanguageTag("nl-BE"))).isEqualTo("Afmelden");
        } finally {
            Locale.setDefault(before);
        }
    }
}
