package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B passwords, and display names that show what they say. */
class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", "12345678", "qwertyuiop", "iloveyou", "football", "baseball1"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(PasswordPolicy.problem("someone", password)).contains("account.error.password.common");
    }

    @Test
    void theListHasThousandsOfEntriesOfEightCharactersOrMore() {
        assertThat(PasswordPolicy.commonPasswords()).isBetween(2_000, 20_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fien.peeters", "FIEN.PEETERS", "xfien.peeters!", "my-Fien.Peeters-pw"})
    void aPasswordContainingTheUsernameIsRefused(String password) {
        assertThat(PasswordPolicy.problem("fien.peeters", password)).contains("account.error.password.username");
    }

    @Test
    void lengthIsCountedInCharactersAndBcryptsByteLimitIsKept() {
        assertThat(PasswordPolicy.problem("someone", "1234567")).contains("account.error.password.short");
        // seven emoji are 14 UTF-16 units but 7 characters: too short
        assertThat(PasswordPolicy.problem("someone", "😀".repeat(7))).contains("account.error.password.short");
        assertThat(PasswordPolicy.problem("someone", "😀".repeat(8))).isEmpty();
        assertThat(PasswordPolicy.problem("someone", "é".repeat(37))).contains("account.error.password.long");
        // no composition rules: a long phrase of lower-case words is fine
        assertThat(PasswordPolicy.problem("someone", "correct horse battery staple")).isEmpty();
    }

    @Test
    void aDisplayNameIsTrimmed() {
        assertThat(DisplayName.check("  Zoë Claes \u00a0")).isEqualTo("Zoë Claes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bob\u0000", "Bob\r=cmd|' /C calc'!A0", "Line\nbreak", "Tab\there", "Bell\u0007",
            "Del\u007f", "C1\u0085", "Eve\u202Egnp.exe", "Ann\u202Ax", "Iso\u2066late", "Iso\u2069x", "Mark\u200Fx",
            "Mark\u200Ex", "Arabic\u061Cmark", "Sep\u2028x", "Para\u2029x", "Bom\uFEFFx", "Half\uD800pair",
            "Zero\u200Bwidth", "Tag\uDB40\uDC41x", "Tag\uDB40\uDC7Fx", "Tag\uDB40\uDC01x"})
    void controlAndTextDirectionCharactersAreRefused(String name) {
        assertThatThrownBy(() -> DisplayName.check(name))
                .isInstanceOfSatisfying(AccountInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.messageKey()).isEqualTo("account.error.displayname.characters");
                });
    }

    @Test
    void namesInAnyScriptAndWithEmojiAreFine() {
        assertThat(DisplayName.check("محمد")).isEqualTo("محمد");
        assertThat(DisplayName.check("Zoë 👩‍🔬")).isEqualTo("Zoë 👩‍🔬"); // a zero-width joiner inside
        assertThat(DisplayName.check("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم"); // a zero-width non-joiner
    }

    @Test
    void theLengthIsCountedInCodePoints() {
        String eightyEmoji = "😀".repeat(80); // 160 UTF-16 units
        assertThat(DisplayName.check(eightyEmoji)).isEqualTo(eightyEmoji);
        assertThatThrownBy(() -> DisplayName.check("😀".repeat(81)))
                .isInstanceOfSatisfying(AccountInputException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("account.error.displayname.long"));
        assertThatThrownBy(() -> DisplayName.check(" \t "))
                .isInstanceOfSatisfying(AccountInputException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("account.error.displayname.required"));
    }
}
