package org.neighbourhoodportal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.Recipient;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.workflow.TaskOffered;
import org.neighbourhoodportal.workflow.TasksReturned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened into what people are told: for each {@link Notice} (and each {@link TaskOffered}, the
 * workflow's own event), one bell entry per person reached and, as each person chose, an e-mail in the outbox. Runs
 * in the publisher's transaction, so nothing is told of a step that rolled back, and nothing is sent before commit
 * (the {@link OutboxSender} only reads committed rows). Engine-free: it knows tasks only through {@link TaskOffered}.
 *
 * <p>A fixed number of statements per notice, not per person: the directory's look-up, the people's choices, then one
 * or two small writes per person.
 */
@Component
class Notifications {

    private final DirectoryService directory;
    private final NotificationStore store;
    private final Outbox outbox;
    private final NotificationSettings settings;
    private final Clock clock;

    Notifications(DirectoryService directory, NotificationStore store, Outbox outbox, NotificationSettings settings,
                  Clock clock) {
        this.directory = directory;
        this.store = store;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void taskOffered(TaskOffered task) {
        Set<Long> people = task.assigneeId() == null ? Set.of() : Set.of(task.assigneeId());
        String due = task.due() == null ? "" : " It is due by " + MailText.day(task.due(), clock) + ".";
        raised(new Notice(NotificationKind.TASK_OFFERED, "task:" + task.taskId(), new Audience(people, task.groups()),
                "A new task for you: " + task.taskName(),
                "Open the task to see what is asked and do it, or pick it up for your team." + due, task.route()));
    }

    /** Directory administration (issue 9): a person's account was switched off; their teams' leads are told. */
    @EventListener
    void tasksReturned(TasksReturned returned) {
        if (returned.teamIds().isEmpty()) {
            return;
        }
        Set<String> leads = returned.teamIds().stream().map(WorkGroups::teamLeads).collect(Collectors.toSet());
        String tasks = returned.taskNames().isEmpty() ? "They had no tasks picked up."
                : returned.taskNames().size() == 1 ? "The task they had picked up is back in your team's inbox: "
                        + returned.taskNames().get(0) + "."
                : "The " + returned.taskNames().size() + " tasks they had picked up are back in your team's inbox: "
                        + String.join("; ", returned.taskNames()) + ".";
        raised(new Notice(NotificationKind.TASKS_RETURNED,
                "person:" + returned.personId() + ":deactivated:" + clock.instant().toEpochMilli(),
                Audience.groups(leads), returned.personName() + " can no longer use the portal",
                tasks + " Someone in your team should pick them up. If they were a signatory for their "
                        + "organisation, name another one on the My team page.", "tasks"));
    }

    @EventListener
    void raised(Notice notice) {
        List<Recipient> recipients = directory.recipients(notice.audience().people(), notice.audience().groups())
                .stream().filter(r -> !(notice.kind().internal() && r.volunteer())).toList();
        if (recipients.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, Map<NotificationKind, Delivery>> choices = store.choices(
                recipients.stream().map(Recipient::personId).collect(Collectors.toSet()));
        Set<Long> told = new HashSet<>();
        for (Recipient recipient : recipients) {
            if (!told.add(recipient.personId()) || !store.add(notice, recipient.personId(), now)) {
                continue; // already told of this event
            }
            Delivery delivery = choices.getOrDefault(recipient.personId(), Map.of())
                    .getOrDefault(notice.kind(), notice.kind().defaultFor(recipient.volunteer()));
            if (delivery == Delivery.PORTAL_ONLY || recipient.email() == null || recipient.email().isBlank()) {
                continue;
            }
            OutboxStatus status = !settings.mailEnabled() ? OutboxStatus.MAIL_OFF
                    : delivery == Delivery.DAILY_DIGEST ? OutboxStatus.DIGEST : OutboxStatus.PENDING;
            outbox.add(notice.eventKey(), recipient.personId(), notice.kind(), recipient.email(), notice.title(),
                    MailText.single(recipient, notice, delivery, settings), status, now);
        }
    }
}
