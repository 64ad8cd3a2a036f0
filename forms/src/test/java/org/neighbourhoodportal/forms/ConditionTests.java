package org.neighbourhoodportal.forms;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionTests {

    @Test
    void equals_compares_the_trimmed_text_and_an_absent_value_equals_nothing() {
        Condition refer = Condition.parse("=route = \"refer\"");

        assertThat(refer.test(Map.of("route", "refer"))).isTrue();
        assertThat(refer.test(Map.of("route", " refer "))).isTrue();
        assertThat(refer.test(Map.of("route", "answer"))).isFalse();
        assertThat(refer.test(Map.of())).isFalse();
        assertThat(refer.test(Map.of("route", List.of("refer")))).isFalse();
    }

    @Test
    void not_equals_holds_for_another_value_and_for_an_absent_one() {
        Condition notRefer = Condition.parse("=route != \"refer\"");

        assertThat(notRefer.test(Map.of("route", "answer"))).isTrue();
        assertThat(notRefer.test(Map.of())).isTrue();
        assertThat(notRefer.test(Map.of("route", "refer"))).isFalse();
    }

    @Test
    void a_bare_key_is_truthy_and_not_inverts_it() {
        Condition ticked = Condition.parse("=mayContact");
        Condition notTicked = Condition.parse("=not(mayContact)");

        assertThat(ticked.test(Map.of("mayContact", true))).isTrue();
        assertThat(ticked.test(Map.of("mayContact", "yes"))).isTrue();
        assertThat(ticked.test(Map.of("mayContact", List.of("a")))).isTrue();
        assertThat(ticked.test(Map.of("mayContact", 3))).isTrue();
        assertThat(ticked.test(Map.of("mayContact", false))).isFalse();
        assertThat(ticked.test(Map.of("mayContact", " "))).isFalse();
        assertThat(ticked.test(Map.of("mayContact", List.of()))).isFalse();
        assertThat(ticked.test(Map.of("mayContact", 0))).isFalse();
        assertThat(ticked.test(new HashMap<>())).isFalse();
        assertThat(notTicked.test(Map.of())).isTrue();
        assertThat(notTicked.test(Map.of("mayContact", true))).isFalse();
    }

    @Test
    void and_binds_tighter_than_or_as_in_feel() {
        Condition condition = Condition.parse("=a = \"1\" or b = \"2\" and c = \"3\"");

        assertThat(condition.test(Map.of("a", "1"))).isTrue();
        assertThat(condition.test(Map.of("b", "2"))).isFalse();
        assertThat(condition.test(Map.of("b", "2", "c", "3"))).isTrue();
        assertThat(condition.keys()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void parentheses_group_and_keywords_inside_names_are_names() {
        Condition condition = Condition.parse("=(order = \"1\" or android) and notes");

        assertThat(condition.keys()).containsExactlyInAnyOrder("order", "android", "notes");
        assertThat(condition.test(Map.of("order", "1", "notes", "x"))).isTrue();
        assertThat(condition.test(Map.of("order", "1"))).isFalse();
    }

    @Test
    void a_quote_inside_a_text_can_be_escaped() {
        assertThat(Condition.parse("=a = \"say \\\"hi\\\"\"")).isEqualTo(new Condition.Equals("a", "say \"hi\""));
    }

    @Test
    void anything_else_is_refused_with_the_reason() {
        assertThatThrownBy(() -> Condition.parse("=a > \"1\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unexpected '> \"1\"'");
        assertThatThrownBy(() -> Condition.parse("=a = 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"quoted\" text");
        assertThatThrownBy(() -> Condition.parse("=not a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected '('");
        assertThatThrownBy(() -> Condition.parse("=a = \"open"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Condition.parse("="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a field key");
        assertThatThrownBy(() -> Condition.parse(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
