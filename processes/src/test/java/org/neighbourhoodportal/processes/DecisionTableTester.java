package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Tests one decision table on its own, with the engine's DMN engine and no process engine or database: give it
 * inputs, read its outputs. It remembers which rules matched, so a test class can end with
 * {@link #assertEveryRuleWasUsed()}: a rule no test reaches is a rule nobody checked.
 *
 * <pre>{@code
 * static final DecisionTableTester TABLE = DecisionTableTester.of(CoreSeatCoverage.RESOURCE, CoreSeatCoverage.KEY);
 * assertThat(TABLE.single(Map.of("seatIsCore", true, "nominees", 0, "seatName", "VCSE"))).containsEntry("covered", false);
 * }</pre>
 */
final class DecisionTableTester {

    private final String decisionKey;
    private final Set<String> ruleIds = new LinkedHashSet<>();
    private final Set<String> matched = new LinkedHashSet<>();
    private final DmnEngine engine;
    private final DmnDecision decision;

    private DecisionTableTester(String resource, String decisionKey) {
        this.decisionKey = decisionKey;
        DmnDecisionTableEvaluationListener remember = (DmnDecisionTableEvaluationEvent event) -> event
                .getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(remember));
        this.engine = configuration.buildEngine();
        Path file = DecisionLint.DECISIONS_DIR.resolve(Path.of(resource).getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            this.decision = engine.parseDecision(decisionKey, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DecisionLint.read(file).getModelElementsByType(Rule.class).forEach(rule -> ruleIds.add(rule.getId()));
    }

    /** The table with this key in {@code decisions/<file of resource>}. */
    static DecisionTableTester of(String resource, String decisionKey) {
        return new DecisionTableTester(resource, decisionKey);
    }

    /** Every row the table returns for these inputs (one map of outputs per matched rule). */
    List<Map<String, Object>> evaluate(Map<String, Object> inputs) {
        DmnDecisionResult result = engine.evaluateDecision(decision, inputs);
        List<Map<String, Object>> rows = new ArrayList<>();
        result.forEach(row -> rows.add(row.getEntryMap()));
        return rows;
    }

    /** The outputs of the one rule that matched; fails when none or several did. */
    Map<String, Object> single(Map<String, Object> inputs) {
        List<Map<String, Object>> rows = evaluate(inputs);
        assertThat(rows).as("rows of %s for %s", decisionKey, inputs).hasSize(1);
        return rows.get(0);
    }

    /** Fails naming the rules that no evaluation so far has matched. */
    void assertEveryRuleWasUsed() {
        Set<String> unused = new LinkedHashSet<>(ruleIds);
        unused.removeAll(matched);
        assertThat(unused).as("rules of %s that no test reached", decisionKey).isEmpty();
    }
}
