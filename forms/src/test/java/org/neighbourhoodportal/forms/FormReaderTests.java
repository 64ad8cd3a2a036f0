package org.neighbourhoodportal.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormReaderTests {

    private final FormReader reader = new FormReader();

    @Test
    void a_form_is_read_into_fields_with_their_rules() {
        FormDefinition form = reader.load("route-feedback");

        assertThat(form.id()).isEqualTo("route-feedback");
        assertThat(form.key()).isEqualTo("route-feedback");
        assertThat(form.fields()).extracting(FormField::key)
                .containsExactly("route", "referredOrganisationId", "priorityId", "routingNote");

        FormField route = form.field("route").orElseThrow();
        assertThat(route.type()).isEqualTo(FieldType.RADIO);
        assertThat(route.required()).isTrue();
        assertThat(route.options()).containsExactly(
                new Option("answer", "We can answer this directly"),
                new Option("refer", "Refer it to a member organisation"),
                new Option("backlog", "Add it to the work plan backlog"));

        FormField organisation = form.field("referredOrganisationId").orElseThrow();
        assertThat(organisation.type()).isEqualTo(FieldType.SELECT);
        assertThat(organisation.optionsKey()).isEqualTo("organisations");
        assertThat(organisation.hideWhen()).isEqualTo(new Condition.NotEquals("route", "refer"));

        FormField note = form.field("routingNote").orElseThrow();
        assertThat(note.required()).isFalse();
        assertThat(note.maxLength()).isEqualTo(2000);
        assertThat(form.field("nothing")).isEmpty();
    }

    @Test
    void a_date_takes_its_label_from_the_date_label_and_a_number_its_limits_from_validate() {
        FormField closesOn = reader.load("share-proposal").field("closesOn").orElseThrow();
        FormField people = reader.load("give-view-on-proposal").field("peopleConsulted").orElseThrow();

        assertThat(closesOn.type()).isEqualTo(FieldType.DATE);
        assertThat(closesOn.label()).isEqualTo("Views needed by");
        assertThat(people.type()).isEqualTo(FieldType.NUMBER);
        assertThat(people.min()).isEqualByComparingTo("0");
        assertThat(people.max()).isEqualByComparingTo(new BigDecimal(100000));
        assertThat(people.isIntegral()).isTrue();
    }

    @Test
    void static_text_is_read_without_a_key_and_a_checkbox_keeps_its_default() {
        FormDefinition acknowledge = reader.load("acknowledge-feedback");
        FormField text = acknowledge.fields().get(0);

        assertThat(text.type()).isEqualTo(FieldType.STATIC_TEXT);
        assertThat(text.key()).isNull();
        assertThat(text.text()).contains("will see this acknowledgement");
        assertThat(reader.load("submit-feedback").field("mayContact").orElseThrow().defaultValue()).isEqualTo(false);
    }

    @Test
    void form_js_type_names_map_both_ways() {
        for (FieldType type : FieldType.values()) {
            assertThat(FieldType.ofFormJsType(type.formJsType())).contains(type);
        }
        assertThat(FieldType.ofFormJsType("datetime")).contains(FieldType.DATE);
        assertThat(FieldType.ofFormJsType("text")).contains(FieldType.STATIC_TEXT);
        assertThat(FieldType.ofFormJsType("textfield")).contains(FieldType.TEXT);
        assertThat(FieldType.ofFormJsType("taglist")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "=count > 3",
            "=is defined(route)",
            "=route = 5",
            "=route = \\\"refer\\\" and",
            "=route in (\\\"a\\\", \\\"b\\\")",
            "=route = other",
            "=contains(route, \\\"x\\\")",
            "=route.name = \\\"x\\\""})
    void a_hide_condition_outside_the_supported_feel_is_refused_naming_form_field_and_expression(String feel) {
        String form = form("""
                {"type": "textfield", "id": "Field_route", "key": "route", "label": "Route",
                 "validate": {"maxLength": 10}},
                {"type": "textfield", "id": "Field_count", "key": "count", "label": "Count",
                 "validate": {"maxLength": 10}},
                {"type": "textarea", "id": "Field_note", "key": "note", "label": "Note",
                 "validate": {"maxLength": 10}, "conditional": {"hide": "%s"}}
                """.formatted(feel));
        String expression = feel.replace("\\\"", "\"");

        assertThatThrownBy(() -> read("broken-form", form))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("broken-form")
                .hasMessageContaining("note")
                .hasMessageContaining(expression)
                .hasMessageContaining("FEEL the portal does not support");
    }

    @Test
    void a_hide_condition_without_the_leading_equals_is_not_feel_and_is_refused() {
        String form = form("""
                {"type": "textfield", "id": "Field_route", "key": "route", "label": "Route",
                 "validate": {"maxLength": 10}},
                {"type": "textarea", "id": "Field_note", "key": "note", "label": "Note",
                 "validate": {"maxLength": 10}, "conditional": {"hide": "route = \\"x\\""}}
                """);

        assertThatThrownBy(() -> read("plain-text-condition", form))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("plain-text-condition")
                .hasMessageContaining("'note'")
                .hasMessageContaining("not a FEEL expression");
    }

    @Test
    void a_hide_condition_on_a_key_the_form_does_not_have_is_refused() {
        String form = form("""
                {"type": "textarea", "id": "Field_note", "key": "note", "label": "Note",
                 "validate": {"maxLength": 10}, "conditional": {"hide": "=rout != \\"refer\\""}}
                """);

        assertThatThrownBy(() -> read("typo-form", form))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("typo-form")
                .hasMessageContaining("'note'")
                .hasMessageContaining("'rout', which is not a field of this form");
    }

    @Test
    void the_supported_feel_is_read_into_conditions() {
        String form = form("""
                {"type": "textfield", "id": "Field_a", "key": "a", "label": "A", "validate": {"maxLength": 10}},
                {"type": "checkbox", "id": "Field_b", "key": "b", "label": "B"},
                {"type": "textarea", "id": "Field_note", "key": "note", "label": "Note",
                 "validate": {"maxLength": 10},
                 "conditional": {"hide": "=a = \\"x\\" and not(b) or a != \\"y\\" and b"}}
                """);

        assertThat(read("fine", form).field("note").orElseThrow().hideWhen()).isEqualTo(new Condition.Or(List.of(
                new Condition.And(List.of(new Condition.Equals("a", "x"), new Condition.Not(new Condition.Truthy("b")))),
                new Condition.And(List.of(new Condition.NotEquals("a", "y"), new Condition.Truthy("b"))))));
    }

    @Test
    void an_unknown_component_type_is_refused() {
        String form = form("""
                {"type": "taglist", "id": "Field_tags", "key": "tags", "label": "Tags", "valuesKey": "tags"}
                """);

        assertThatThrownBy(() -> read("tag-form", form))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessage("Form 'tag-form', field 'tags' has type 'taglist', which the portal cannot show or check");
    }

    @Test
    void a_field_without_a_key_is_refused() {
        String form = form("""
                {"type": "textfield", "id": "Field_keyless", "label": "Name", "validate": {"maxLength": 10}}
                """);

        assertThatThrownBy(() -> read("keyless", form))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessage("Form 'keyless', field 'Field_keyless' has no key, so its value could not be kept");
    }

    @Test
    void two_fields_with_the_same_key_are_refused() {
        String form = form("""
                {"type": "textfield", "id": "Field_a", "key": "name", "label": "A", "validate": {"maxLength": 10}},
                {"type": "textfield", "id": "Field_b", "key": "name", "label": "B", "validate": {"maxLength": 10}}
                """);

        assertThatThrownBy(() -> read("twice", form))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("more than one field with key 'name'");
    }

    @Test
    void a_choice_without_any_options_is_refused() {
        String form = form("""
                {"type": "select", "id": "Field_colour", "key": "colour", "label": "Colour"}
                """);

        assertThatThrownBy(() -> read("no-options", form))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("'colour' offers no options");
    }

    @Test
    void form_js_rules_the_server_would_not_check_are_refused_rather_than_ignored() {
        assertThatThrownBy(() -> read("email", form("""
                {"type": "textfield", "id": "Field_email", "key": "email", "label": "Email",
                 "validate": {"maxLength": 100, "validationType": "email"}}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("validationType 'email'");
        assertThatThrownBy(() -> read("time", form("""
                {"type": "datetime", "id": "Field_at", "key": "at", "dateLabel": "At", "subtype": "datetime"}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("only dates (subtype 'date') are supported");
        assertThatThrownBy(() -> read("expression", form("""
                {"type": "select", "id": "Field_pick", "key": "pick", "label": "Pick",
                 "valuesExpression": "=choices"}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("valuesExpression");
        assertThatThrownBy(() -> read("bad-pattern", form("""
                {"type": "textfield", "id": "Field_code", "key": "code", "label": "Code",
                 "validate": {"maxLength": 10, "pattern": "[a-"}}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void a_form_saved_by_the_modeler_form_editor_loads_with_its_generated_ids_and_new_field() {
        FormDefinition form = reader.load("respond-to-feedback");

        FormField added = form.field("alsoToldWho").orElseThrow();
        assertThat(added.label()).isEqualTo("Who else has been told about this?");
        assertThat(added.type()).isEqualTo(FieldType.TEXT);
        assertThat(added.required()).isFalse();
        assertThat(added.maxLength()).as("no maxLength in the file: the portal's default")
                .isEqualTo(FormReader.DEFAULT_MAX_LENGTH);
        assertThat(form.field("response").orElseThrow().maxLength()).isEqualTo(4000);
    }

    @Test
    void any_schema_version_and_editor_layout_are_accepted() {
        FormDefinition form = reader.read("editor", new ByteArrayInputStream("""
                {"components": [{"label": "Text field", "type": "textfield",
                  "layout": {"row": "Row_0dqzz7i", "columns": null}, "id": "Field_0vnkv9v", "key": "textfield_nflkvg"}],
                 "type": "default", "id": "Form_1ymus8m", "schemaVersion": 19,
                 "exporter": {"name": "Camunda Modeler", "version": "5.39.0"}}
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(form.field("textfield_nflkvg").orElseThrow().maxLength()).isEqualTo(FormReader.DEFAULT_MAX_LENGTH);
    }

    @Test
    void the_editors_custom_validation_type_means_the_pattern_is_checked() {
        FormField code = read("custom", form("""
                {"type": "textfield", "id": "Field_1abcdef", "key": "code", "label": "Code",
                 "validate": {"validationType": "custom", "pattern": "^[A-Z]+$", "maxLength": "10"}}
                """)).field("code").orElseThrow();

        assertThat(code.pattern()).isEqualTo("^[A-Z]+$");
        assertThat(code.maxLength()).as("the schema allows a length written as text").isEqualTo(10);
    }

    @Test
    void labels_and_text_with_expressions_or_templates_are_refused_naming_the_field() {
        assertThatThrownBy(() -> read("feel-label", form("""
                {"type": "textfield", "id": "Field_1", "key": "name", "label": "=string(name)"}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageStartingWith("Form 'feel-label', field 'name' has a label that is an expression");
        assertThatThrownBy(() -> read("template-text", form("""
                {"type": "text", "id": "Field_2", "text": "Thank you, {{name}}."}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageStartingWith("Form 'template-text', field 'Field_2' has a text with a template");
        assertThatThrownBy(() -> read("feel-description", form("""
                {"type": "textarea", "id": "Field_3", "key": "note", "label": "Note", "description": "=hint"}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("field 'note' has a description that is an expression");
        assertThatThrownBy(() -> read("feel-option", form("""
                {"type": "radio", "id": "Field_4", "key": "pick", "label": "Pick",
                 "values": [{"label": "={{x}}", "value": "x"}]}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("field 'pick' has an option labelled");
    }

    @Test
    void a_maximum_length_of_nothing_is_refused() {
        assertThatThrownBy(() -> read("zero", form("""
                {"type": "textfield", "id": "Field_1", "key": "name", "label": "Name", "validate": {"maxLength": 0}}
                """)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessage("Form 'zero', field 'name' has maxLength 0, so nothing could be written in it");
    }

    @Test
    void a_missing_form_is_reported_by_name() {
        assertThatThrownBy(() -> reader.load("no-such-form"))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageStartingWith("No form named 'no-such-form'");
        assertThatThrownBy(() -> reader.load("../submit-feedback"))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageStartingWith("No form named '../submit-feedback'");
    }

    @Test
    void a_file_that_is_not_json_is_refused_with_the_form_name() {
        assertThatThrownBy(() -> read("garbled", "{ not json"))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageStartingWith("Form 'garbled' is not valid JSON");
    }

    private FormDefinition read(String formKey, String json) {
        return reader.read(formKey, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String form(String components) {
        return """
                {"type": "default", "id": "test", "schemaVersion": 16, "components": [%s]}
                """.formatted(components);
    }
}
