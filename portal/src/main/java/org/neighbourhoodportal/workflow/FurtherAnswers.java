package org.neighbourhoodportal.workflow;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.forms.FieldType;
import org.neighbourhoodportal.forms.FormDefinition;
import org.neighbourhoodportal.forms.FormField;
import org.neighbourhoodportal.forms.FormReader;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generic place for answers no feature keeps in its own columns (table {@code further_answer}, docs/adr/0013).
 * {@link WorkflowService#complete} writes them for every process; a feature's service reads a record's answers,
 * after its own policy has said the caller may see the record, and its page shows them with
 * {@code workflow.ui.FurtherAnswersPanel}.
 *
 * <p>Not a {@code @Service}: it checks nobody. Its callers have checked.
 */
@Component
public class FurtherAnswers {

    /** The longest answer kept: the portal's default for a text box without maxLength, and the column's length. */
    public static final int LONGEST_ANSWER = FormReader.DEFAULT_MAX_LENGTH;
    static final int LONGEST_LABEL = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectoryService directory;
    private final ApplicationEventPublisher published;
    private final Timeline timeline;
    private final Clock clock;

    FurtherAnswers(NamedParameterJdbcTemplate jdbc, DirectoryService directory, ApplicationEventPublisher published,
                   Timeline timeline, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.timeline = timeline;
        this.published = published;
        this.clock = clock;
    }

    /**
     * A record's further answers, oldest first. One statement, plus one for the names of those who answered.
     *
     * @param processKey  the process the record runs (the feature's constant, e.g. {@code PpgFeedbackProcess.KEY})
     * @param businessKey the record's business key
     */
    public List<FurtherAnswer> onRecord(String processKey, String businessKey) {
        List<Row> rows = jdbc.query("""
                select task_name, form_key, form_version, field_key, label, answer, answered_by, answered_at
                from further_answer where process_key = :process and business_key = :business
                order by answered_at, id""",
                new MapSqlParameterSource("process", processKey).addValue("business", businessKey),
                (rs, n) -> new Row(rs.getString("task_name"), rs.getString("form_key"), rs.getInt("form_version"),
                        rs.getString("field_key"), rs.getString("label"), rs.getString("answer"),
                        (Long) rs.getObject("answered_by", Long.class), rs.getTimestamp("answered_at").toInstant()));
        Set<Long> people = rows.stream().map(Row::answeredBy).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = people.isEmpty() ? Map.of() : directory.personNames(people);
        return rows.stream().map(r -> new FurtherAnswer(r.taskName(), r.fieldKey(), r.label(), r.answer(), r.formKey(),
                r.formVersion(), r.answeredBy() == null ? "The portal"
                        : names.getOrDefault(r.answeredBy(), "Someone no longer in the directory"),
                r.answeredAt())).toList();
    }

    /**
     * Keeps the answers a feature did not keep itself, labelled with the form version they were given in, and
     * writes them on the record's timeline (one line, "Further answers: <the step>", for the record's own team, as the
     * further answers panel is, credited to who answered), and publishes {@link FurtherAnswersGiven}. All in the
     * completing transaction. Nothing happens when there are none.
     *
     * @param onTimeline the record's timeline, as the process's handler names it; empty for a process without one
     */
    void keep(WorkItem task, RecordReference record, Optional<TimelineRecord> onTimeline,
              FormDefinition form, int formVersion, Map<String, Object> unread,
              Map<String, List<Option>> runtimeOptions, Credit answeredBy) {
        Instant now = clock.instant();
        List<FurtherAnswer> kept = new ArrayList<>();
        for (Map.Entry<String, Object> value : unread.entrySet()) {
            FormField field = form.field(value.getKey()).orElse(null);
            String words = field == null ? null : words(field, value.getValue(), runtimeOptions);
            if (words == null || words.isBlank()) {
                continue;
            }
            String label = clip(field.label() == null ? field.key() : field.label(), LONGEST_LABEL);
            jdbc.update("""
                    insert into further_answer (process_key, business_key, task_name, form_key, form_version,
                        field_key, label, answer, answered_by, answered_at)
                    values (:process, :business, :task, :form, :version, :field, :label, :answer, :by, :at)""",
                    new MapSqlParameterSource("process", task.processKey()).addValue("business", task.businessKey())
                            .addValue("task", clip(task.name() == null ? "" : task.name(), 300))
                            .addValue("form", form.key()).addValue("version", formVersion)
                            .addValue("field", field.key()).addValue("label", label)
                            .addValue("answer", words).addValue("by", answeredBy.personId())
                            .addValue("at", Timestamp.from(now)));
            kept.add(new FurtherAnswer(task.name(), field.key(), label, words, form.key(), formVersion, null, now));
        }
        if (!kept.isEmpty()) {
            onTimeline.ifPresent(onRecord -> timeline.append(onRecord, answeredBy, "FURTHER_ANSWERS",
                    clip("Further answers: " + (task.name() == null ? "a step" : task.name()), Timeline.WHAT_LENGTH),
                    kept.stream().map(a -> a.label() + ": " + a.answer()).collect(Collectors.joining("\n")),
                    Visibility.INTERNAL));
            published.publishEvent(new FurtherAnswersGiven(record, task.processKey(), task.businessKey(), kept, now));
        }
    }

    /** A validated value in words, as the record's page shows it. */
    static String words(FormField field, Object value, Map<String, List<Option>> runtimeOptions) {
        if (value == null) {
            return null;
        }
        String words = switch (field.type()) {
            case SELECT, RADIO -> optionLabel(field, value.toString(), runtimeOptions);
            case CHECKLIST -> ((Collection<?>) value).stream()
                    .map(item -> optionLabel(field, item.toString(), runtimeOptions))
                    .collect(Collectors.joining(", "));
            case CHECKBOX -> Boolean.TRUE.equals(value) ? "Yes" : "No";
            case NUMBER -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            case DATE -> value instanceof LocalDate date ? DAY.format(date) : value.toString();
            case TEXT, TEXTAREA -> value.toString();
            case STATIC_TEXT -> null;
        };
        if (words != null && words.length() > LONGEST_ANSWER) {
            throw new IllegalStateException("Form " + field.key() + " allows answers longer than a further answer ("
                    + LONGEST_ANSWER + " characters): give it a maxLength of " + LONGEST_ANSWER + " or less");
        }
        return words;
    }

    private static String optionLabel(FormField field, String value, Map<String, List<Option>> runtimeOptions) {
        return field.options(runtimeOptions).stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label() == null ? o.value() : o.label()).orElse(value);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private record Row(String taskName, String formKey, int formVersion, String fieldKey, String label, String answer,
                       Long answeredBy, Instant answeredAt) {
    }
}
