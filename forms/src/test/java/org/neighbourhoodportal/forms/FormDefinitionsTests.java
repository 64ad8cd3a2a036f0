package org.neighbourhoodportal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file in {@code definitions/} is a form the portal can show and the server can check. */
class FormDefinitionsTests {

    private static final Path DEFINITIONS = Path.of(System.getProperty("basedir", "."), "definitions");

    private static final Set<String> EXPECTED_FORMS = Set.of(
            "submit-feedback",
            "acknowledge-feedback",
            "route-feedback",
            "respond-to-feedback",
            "confirm-feedback-outcome",
            "share-proposal",
            "give-view-on-proposal",
            "record-proposal-decision",
            "update-priority-for-report",
            "compile-highlight-report",
            "approve-highlight-report");

    private final FormReader reader = new FormReader();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<String> formKeys() throws IOException {
        try (Stream<Path> files = Files.list(DEFINITIONS)) {
            List<String> keys = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(FormReader.FILE_SUFFIX))
                    .map(name -> name.substring(0, name.length() - FormReader.FILE_SUFFIX.length()))
                    .sorted()
                    .toList();
            return keys.stream();
        }
    }

    @Test
    void every_form_the_processes_need_is_there() throws IOException {
        assertThat(formKeys().toList()).containsAll(EXPECTED_FORMS);
    }

    @Test
    void the_definitions_folder_holds_only_form_files() throws IOException {
        try (Stream<Path> files = Files.list(DEFINITIONS)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(name -> name.endsWith(FormReader.FILE_SUFFIX), "ends with .form");
        }
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void the_form_parses_and_loads_from_the_classpath_under_its_file_name(String formKey) throws IOException {
        FormDefinition fromFile;
        try (InputStream in = Files.newInputStream(file(formKey))) {
            fromFile = reader.read(formKey, in);
        }
        FormDefinition fromClasspath = reader.load(formKey);

        assertThat(fromClasspath).isEqualTo(fromFile);
        assertThat(fromFile.key()).isEqualTo(formKey);
        assertThat(fromFile.fields()).anyMatch(field -> field.type().holdsValue());
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void the_form_id_is_its_file_name_so_a_form_ref_and_a_form_key_agree(String formKey) throws IOException {
        assertThat(reader.load(formKey).id()).isEqualTo(formKey);
        assertThat(raw(formKey).path("id").asText()).isEqualTo(formKey);
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void the_form_is_a_camunda_modeler_form(String formKey) throws IOException {
        JsonNode form = raw(formKey);

        assertThat(form.path("type").asText()).isEqualTo("default");
        // Whatever schemaVersion the Modeler's form editor writes (16 when these were first drawn, 19 after a save
        // in Camunda Modeler 5.x): the reader does not depend on it.
        assertThat(form.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(16);
        assertThat(form.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void every_component_has_a_unique_id_whether_written_by_hand_or_by_the_form_editor(String formKey)
            throws IOException {
        // Hand-written ids follow the key (Field_response); the form editor generates its own (Field_0loe51q).
        // Nothing in the portal reads them: the key is what matters.
        Set<String> ids = new HashSet<>();
        for (JsonNode component : raw(formKey).path("components")) {
            String id = component.path("id").asText("");
            assertThat(id).as("id of %s in %s", component.path("key").asText(), formKey)
                    .matches("[A-Za-z][A-Za-z0-9_-]*");
            assertThat(ids.add(id)).as("id %s is unique in %s", id, formKey).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void every_field_key_is_unique_within_the_form(String formKey) throws IOException {
        List<String> keys = new ArrayList<>();
        raw(formKey).path("components").forEach(component -> {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
        });
        assertThat(keys).doesNotHaveDuplicates().isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void every_choice_offers_static_options_or_names_its_runtime_options(String formKey) {
        assertThat(reader.load(formKey).fields())
                .filteredOn(field -> field.type().hasOptions())
                .allSatisfy(field -> assertThat(!field.options().isEmpty() || field.optionsKey() != null)
                        .as("%s in %s has options", field.key(), formKey).isTrue());
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void every_text_box_has_a_maximum_length(String formKey) {
        assertThat(reader.load(formKey).fields())
                .filteredOn(field -> field.type().isFreeText())
                .allSatisfy(field -> assertThat(field.maxLength()).as("maxLength of %s in %s", field.key(), formKey)
                        .isNotNull().isPositive());
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void every_field_has_a_label_and_every_required_one_says_what_is_missing(String formKey) {
        for (FormField field : reader.load(formKey).fields()) {
            if (field.type() == FieldType.STATIC_TEXT) {
                assertThat(field.text()).as("text of a static text in %s", formKey).isNotBlank();
                continue;
            }
            assertThat(field.label()).as("label of %s in %s", field.key(), formKey).isNotBlank();
            if (field.required()) {
                assertThat(field.requiredMessage()).as("requiredMessage of %s in %s", field.key(), formKey)
                        .startsWith("Please ").endsWith(".");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formKeys")
    void labels_use_no_workflow_jargon(String formKey) {
        for (FormField field : reader.load(formKey).fields()) {
            String words = String.join(" ", nonNull(field.label()), nonNull(field.description()),
                    nonNull(field.text()));
            assertThat(words.toLowerCase()).as("words of %s in %s", field.key(), formKey)
                    .doesNotContain("bpmn", "process instance", "user task", "workflow", "variable", "camunda");
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private JsonNode raw(String formKey) throws IOException {
        return json.readTree(file(formKey).toFile());
    }

    private static Path file(String formKey) {
        return DEFINITIONS.resolve(formKey + FormReader.FILE_SUFFIX);
    }
}
