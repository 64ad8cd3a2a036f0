package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every decision table under {@code decisions/} and holds it to the house rules (see {@link DecisionLint}). The
 * last test feeds the same checks a table broken on purpose, so a check that stopped finding anything fails here.
 */
class DecisionLintTests {

    private static Map<Path, DmnModelInstance> tables;

    @BeforeAll
    static void readTables() {
        tables = DecisionLint.decisionFiles().stream()
                .collect(Collectors.toMap(Function.identity(), DecisionLint::read));
    }

    @Test
    void the_lint_reads_every_table_in_the_decisions_folder() {
        assertThat(tables.keySet()).extracting(p -> p.getFileName().toString()).contains("CoreSeatCoverage.dmn");
    }

    @Test
    void every_table_has_meaningful_ids_a_name_and_a_description() {
        assertThat(problems(DecisionLint::checkIds)).isEmpty();
    }

    @Test
    void every_table_states_its_hit_policy_and_types_every_input_and_output() {
        assertThat(problems(DecisionLint::checkTables)).isEmpty();
    }

    @Test
    void every_table_states_its_hit_policy_in_the_file() {
        List<String> problems = new ArrayList<>();
        tables.keySet().forEach(file -> DecisionLint.checkHitPolicies(DecisionLint.text(file))
                .forEach(p -> problems.add(file.getFileName() + ": " + p)));
        assertThat(problems).isEmpty();
    }

    @Test
    void every_table_has_a_constants_class_whose_inputs_and_outputs_are_in_the_table() {
        assertThat(problems(model -> {
            List<String> found = new ArrayList<>();
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                found.addAll(DecisionLint.checkConstants(model, DecisionLint.constantsOf(decision.getId())));
            }
            return found;
        })).isEmpty();
    }

    @Test
    void every_table_is_deployed_from_its_own_file_name() {
        tables.forEach((file, model) -> assertThat(model.getModelElementsByType(Decision.class))
                .extracting(Decision::getId)
                .as("decision ids in %s", file)
                .contains(file.getFileName().toString().replace(".dmn", "")));
    }

    @Test
    void the_checks_find_what_a_careless_table_gets_wrong() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_0a1b2c3"
                             name="DRD" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="Decision_1x2y3z4" name="">
                    <decisionTable id="DecisionTable_0p9o8i7">
                      <input id="Input_1" label="Amount">
                        <inputExpression id="InputExpression_1"><text>amount</text></inputExpression>
                      </input>
                      <output id="Output_1" label="Fund it?" />
                      <rule id="DecisionRule_0q1w2e3">
                        <inputEntry id="UnaryTests_0a0a0a0"><text>&gt; 100</text></inputEntry>
                        <outputEntry id="LiteralExpression_0b0b0b0"><text>true</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        DmnModelInstance careless = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(DecisionLint.checkIds(careless)).anyMatch(p -> p.startsWith("Decision 'Decision_1x2y3z4'"))
                .anyMatch(p -> p.startsWith("Rule 'DecisionRule_0q1w2e3'"))
                .anyMatch(p -> p.contains("no name")).anyMatch(p -> p.contains("no description"));
        assertThat(DecisionLint.checkTables(careless))
                .contains("Decision_1x2y3z4: no camunda:historyTimeToLive",
                        "Decision_1x2y3z4, input 'Amount': no type",
                        "Decision_1x2y3z4, output 'Fund it?': no type",
                        "Decision_1x2y3z4, output 'Fund it?': no name");
        assertThat(DecisionLint.checkHitPolicies(xml)).containsExactly(
                "Decision_1x2y3z4: the hit policy is not stated (write UNIQUE, FIRST, COLLECT, … explicitly)");
        assertThat(DecisionLint.checkConstants(careless, null))
                .containsExactly("Decision_1x2y3z4: no constants class org.neighbourhoodportal.processes.Decision_1x2y3z4");
    }

    private static List<String> problems(Function<DmnModelInstance, List<String>> check) {
        List<String> problems = new ArrayList<>();
        tables.forEach((file, model) -> check.apply(model).forEach(p -> problems.add(file.getFileName() + ": " + p)));
        return problems;
    }
}
