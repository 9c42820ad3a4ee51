package app.stride.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of unsafe characters, which display names, the read model, the CSV and Moodle all use. */
class UnsafeTextTest {

    @ParameterizedTest(name = "U+{0} unsafe: {1}")
    @CsvSource({
            "0000, true", "0009, true", "000A, true", "000D, true", "001F, true", "007F, true", "0085, true",
            "009F, true", "D800, true", "DFFF, true", "2028, true", "2029, true",
            "061C, true", "200E, true", "200F, true", "202A, true", "202B, true", "202C, true", "202D, true",
            "202E, true", "2066, true", "2067, true", "2068, true", "2069, true",
            "200B, true", "2060, true", "2064, true", "206A, true", "206F, true", "FEFF, true", "FFF9, true",
            "E0000, true", "E0001, true", "E0041, true", "E007F, true", "FFFE, true", "FFFF, true",
            // kept: letters, spaces, emoji and the joiners that emoji and Persian need
            "0041, false", "0020, false", "00A0, false", "00E9, false", "0628, false", "05D0, false",
            "200C, false", "200D, false", "1F600, false", "FE0F, false", "E0080, false", "FFFD, false"})
    void theTable(String hex, boolean unsafe) {
        assertThat(UnsafeText.unsafe(Integer.parseInt(hex, 16))).isEqualTo(unsafe);
    }

    @org.junit.jupiter.api.Test
    void cleaningReplacesWhatTheTableRefuses() {
        assertThat(UnsafeText.clean("Eve\u202Egnp.exe\u0000")).isEqualTo("Eve\uFFFDgnp.exe\uFFFD");
        assertThat(UnsafeText.clean("a\r\nb\u200Bc\uDB40\uDC41")).isEqualTo("a\uFFFD\uFFFDb\uFFFDc\uFFFD");
        assertThat(UnsafeText.cleanKeepingLineBreaks("a\r\n\tb\u200Fc\uFEFF")).isEqualTo("a\r\n\tb\uFFFDc\uFFFD");
        // a family emoji (ZWJ sequence) and a Persian word with ZWNJ stay as they are
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        assertThat(UnsafeText.clean(family + " " + persian)).isEqualTo(family + " " + persian);
        // a lone high surrogate at the end
        assertThat(UnsafeText.clean("x\uD800")).isEqualTo("x\uFFFD");
    }
}
