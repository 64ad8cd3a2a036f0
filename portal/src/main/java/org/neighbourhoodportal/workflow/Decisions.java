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
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks a decision table (DMN, {@code processes/decisions/}, deployed with the models) about a record, and records
 * the answer on the record's timeline (the table's question, and the answer in plain English), credited to the person
 * whose action asked or, when a process step asked, to {@value #RULES_CHECK}; then {@link DecisionEvaluated} is
 * published. All in the caller's transaction.
 *
 * <p>Features call it from their services or process steps, after their own policy has checked the caller; it checks
 * nobody itself (so it is not a {@code @Service}). The engine keeps its own history of the evaluation too (history
 * level full), under the table's {@code historyTimeToLive}.
 */
@Component
public class Decisions {

    /** Whom the timeline credits when a process step, not a person, asked a table. */
    public static final String RULES_CHECK = "Rules check";

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final ApplicationEventPublisher published;
    private final Timeline timeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    Decisions(DecisionService decisions, RepositoryService repository, ApplicationEventPublisher published,
              Timeline timeline, CurrentUser currentUser, Clock clock) {
        this.decisions = decisions;
        this.repository = repository;
        this.published = published;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * {@link #evaluate(String, TimelineRecord, Visibility, Map, Function)} with the answer seen by the record's own
     * team only ({@link Visibility#INTERNAL}).
     */
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    public DecisionOutcome evaluate(String decisionKey, TimelineRecord record, Map<String, Object> inputs,
                                    Function<List<Map<String, Object>>, String> inWords) {
        return evaluate(decisionKey, record, Visibility.INTERNAL, inputs, inWords);
    }

    /**
     * Evaluates the newest version of a decision table for a record.
     *
     * @param decisionKey the table's id, a constant of its class in {@code processes} (e.g. {@code CoreSeatCoverage.KEY})
     * @param record      the record it is about, whose timeline shows the answer
     * @param visibility  who of those who may read the record sees the answer on its timeline
     * @param inputs      the table's inputs by variable name
     * @param inWords     the answer in plain English, from the matched rows (a feature knows how to say it)
     * @return the rows and the words
     * @throws IllegalArgumentException when no table has that key, or the inputs do not fit the table's types (the
     *                                  engine's message says which)
     */
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    public DecisionOutcome evaluate(String decisionKey, TimelineRecord record, Visibility visibility,
                                    Map<String, Object> inputs, Function<List<Map<String, Object>>, String> inWords) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(visibility, "visibility");
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
        Credit by = currentUser.isEngine() ? Credit.step(RULES_CHECK)
                : currentUser.find().map(Credit::person).orElseGet(() -> Credit.step(RULES_CHECK));
        String question = name.length() <= Timeline.WHAT_LENGTH ? name
                : name.substring(0, Timeline.WHAT_LENGTH - 1) + "…";
        timeline.append(record, by, "DECISION", question, words, visibility);
        published.publishEvent(new DecisionEvaluated(record, decisionKey, name, words, by, clock.instant()));
        return new DecisionOutcome(decisionKey, name, rows, words);
    }
}
