package org.neighbourhoodportal.reporting.process;

import static org.neighbourhoodportal.processes.MonthlyHighlightReport.*;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.OwnerUpdate;
import org.neighbourhoodportal.reporting.ReportSections;
import org.neighbourhoodportal.reporting.ReportTimelines;
import org.neighbourhoodportal.reporting.UpdateRequest;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.workflow.ProcessRecordHandler;
import org.neighbourhoodportal.workflow.RecordReference;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workplan.Rag;
import org.springframework.stereotype.Component;

/**
 * Speaks for the monthly highlight report: names the report in the inbox, starts the owner's form from the
 * priority's current status and the lead's form from the owners' updates, and saves what each step entered.
 */
@Component
class HighlightReportProcessHandler implements ProcessRecordHandler {

    private final HighlightReportService reports;
    private final ReportSteps steps;

    HighlightReportProcessHandler(HighlightReportService reports, ReportSteps steps) {
        this.reports = reports;
        this.steps = steps;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    /** Owners asked for an update cannot open the draft report, so their tasks link to nothing. */
    @Override
    public Map<String, RecordReference> describe(Collection<String> businessKeys) {
        Set<Long> ids = businessKeys.stream().map(Long::valueOf).collect(Collectors.toSet());
        Set<Long> readable = reports.readableByMe(ids);
        return reports.titles(ids).entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toString(),
                e -> new RecordReference("Highlight report: " + e.getValue(),
                        readable.contains(e.getKey()) ? "reports/" + e.getKey() : "")));
    }

    @Override
    public Optional<TimelineRecord> timelineRecord(String businessKey) {
        return Optional.of(ReportTimelines.report(Long.parseLong(businessKey)));
    }

    @Override
    public Map<String, Object> prefill(WorkItem task) {
        long id = Long.parseLong(task.businessKey());
        return switch (task.taskKey()) {
            case TASK_UPDATE_PRIORITY -> {
                UpdateRequest request = reports.updateRequest(task.id());
                Map<String, Object> values = new HashMap<>();
                if (request.rag() != null) {
                    values.put(VAR_RAG, request.rag().name().toLowerCase());
                }
                if (request.ragReason() != null) {
                    values.put(VAR_RAG_REASON, request.ragReason());
                }
                yield values;
            }
            case TASK_COMPILE_REPORT -> {
                ReportSections draft = reports.compileDraft(id);
                Map<String, Object> values = new HashMap<>();
                putIfGiven(values, VAR_PRIORITIES_SUMMARY, draft.prioritiesSummary());
                putIfGiven(values, VAR_OUTCOMES, draft.outcomes());
                putIfGiven(values, VAR_COMPLETED_LAST_MONTH, draft.completedLastMonth());
                putIfGiven(values, VAR_PLANNED_NEXT_MONTH, draft.plannedNextMonth());
                putIfGiven(values, VAR_LEARNING_TO_SHARE, draft.learningToShare());
                putIfGiven(values, VAR_HELP_REQUESTED, draft.helpRequested());
                putIfGiven(values, VAR_ISSUES_AND_RISKS, draft.issuesAndRisks());
                putIfGiven(values, VAR_MISSED_UPDATES, draft.missedUpdates());
                yield values;
            }
            default -> Map.of();
        };
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_UPDATE_PRIORITY -> steps.updateGiven(id, task.id(), new OwnerUpdate(
                    rag(text(values, VAR_RAG)), text(values, VAR_RAG_REASON), text(values, VAR_PROGRESS),
                    text(values, VAR_NEXT_MONTH), text(values, VAR_LEARNING), text(values, VAR_HELP_NEEDED),
                    text(values, VAR_ISSUES_RISKS)));
            case TASK_COMPILE_REPORT -> steps.compiled(id, new ReportSections(
                    text(values, VAR_PRIORITIES_SUMMARY), text(values, VAR_OUTCOMES),
                    text(values, VAR_COMPLETED_LAST_MONTH), text(values, VAR_PLANNED_NEXT_MONTH),
                    text(values, VAR_LEARNING_TO_SHARE), text(values, VAR_HELP_REQUESTED),
                    text(values, VAR_ISSUES_AND_RISKS), text(values, VAR_MISSED_UPDATES)));
            case TASK_APPROVE_REPORT -> steps.reviewed(id, APPROVAL_APPROVE.equals(text(values, VAR_APPROVAL)),
                    text(values, VAR_CHANGES_NEEDED));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }

    private static Rag rag(String formValue) {
        return formValue == null ? null : Rag.valueOf(formValue.toUpperCase());
    }

    private static String text(Map<String, Object> values, String key) {
        return (String) values.get(key);
    }

    private static void putIfGiven(Map<String, Object> values, String key, String text) {
        if (text != null && !text.isBlank()) {
            values.put(key, text);
        }
    }
}
