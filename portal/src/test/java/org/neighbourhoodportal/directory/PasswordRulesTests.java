package org.neighbourhoodportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    private final PasswordRules rules = new PasswordRules();

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(rules.problem("mossy-kettle")).isEmpty();
        assertThat(rules.problem("mossy-kettl")).hasValueSatisfying(problem ->
                assertThat(problem).contains("at least 12 characters").contains("it has 11"));
    }

    @Test
    void a_long_passphrase_of_any_characters_and_spaces_is_welcome() {
        String passphrase = "the heron waits by the canal lock at dawn while the kettle sings – Grüße ☕ 2026";
        assertThat(passphrase.codePointCount(0, passphrase.length())).isGreaterThan(64);

        assertThat(rules.problem(passphrase)).isEmpty();
        assertThat(rules.problem("a".repeat(10) + " b".repeat(59))).isEmpty();
    }

    @Test
    void no_mix_of_letters_digits_and_symbols_is_asked_for() {
        assertThat(rules.problem("correct horse battery staple")).isEmpty();
        assertThat(rules.problem("onlylowercaseletters")).isEmpty();
    }

    @Test
    void characters_are_counted_as_a_person_counts_them() {
        // twelve emoji are 24 Java chars; eleven are still too few
        assertThat(rules.problem("🌳".repeat(11))).isPresent();
        assertThat(rules.problem("🌳".repeat(12))).isEmpty();
    }

    @Test
    void more_than_128_characters_are_refused() {
        assertThat(rules.problem("x y ".repeat(32))).isEmpty();
        assertThat(rules.problem("x y ".repeat(32) + "z")).hasValueSatisfying(problem ->
                assertThat(problem).contains("at most 128"));
    }

    @Test
    void a_common_password_from_breaches_is_refused_whatever_its_case() {
        assertThat(rules.problem("qwerty123456")).hasValueSatisfying(problem ->
                assertThat(problem).contains("most common"));
        assertThat(rules.problem("QWERTY123456")).isPresent();
        assertThat(rules.problem("1q2w3e4r5t6y")).isPresent();
    }

    @Test
    void check_refuses_with_the_same_plain_words() {
        assertThatThrownBy(() -> rules.check("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 12 characters");
    }
}
