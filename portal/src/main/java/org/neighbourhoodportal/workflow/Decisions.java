package org.neighbourhoodportal.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks a decision table (DMN, {@code processes/decisions/}, deployed with the models) about a record, and records
 * the answer: {@link DecisionEvaluated} is published so the record's history shows what was decided and why.
 *
 * <p>Features call it from their services or process steps, after their own policy has checked the caller; it checks
 * nobody itself (so it is not a {@code @Service}). The engine keeps its own history of the evaluation too (history
 * level full), under the table's {@code historyTimeToLive}.
 */
@Component
public class Decisions {

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    Decisions(DecisionService decisions, RepositoryService repository, ApplicationEventPublisher published,
              Clock clock) {
        this.decisions = decisions;
        this.repository = repository;
        this.published = published;
        this.clock = clock;
    }

    /**
     * Evaluates the newest version of a decision table for a record.
     *
     * @param decisionKey the table's id, a constant of its class in {@code processes} (e.g. {@code CoreSeatCoverage.KEY})
     * @param record      the record it is about, for the history
     * @param inputs      the table's inputs by variable name
     * @param inWords     the answer in plain English, from the matched rows (a feature knows how to say it)
     * @return the rows and the words
     * @throws IllegalArgumentException when no table has that key, or the inputs do not fit the table's types (the
     *                                  engine's message says which)
     */
    public DecisionOutcome evaluate(String decisionKey, RecordReference record, Map<String, Object> inputs,
                                    Function<List<Map<String, Object>>, String> inWords) {
        Objects.requireNonNull(record, "record");
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalArgumentException("No decision table " + decisionKey + " is deployed");
        }
        DmnDecisionResult result;
        try {
            result = decisions.evaluateDecisionById(definition.getId()).variables(new HashMap<>(inputs)).evaluate();
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            throw new IllegalArgumentException("Decision " + decisionKey + " could not be evaluated: " + e.getMessage(),
                    e);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        result.forEach(row -> rows.add(new HashMap<>(row.getEntryMap())));
        String words = inWords.apply(List.copyOf(rows));
        String name = definition.getName() == null ? decisionKey : definition.getName();
        published.publishEvent(new DecisionEvaluated(record, decisionKey, name, words, clock.instant()));
        return new DecisionOutcome(decisionKey, name, rows, words);
    }
}
