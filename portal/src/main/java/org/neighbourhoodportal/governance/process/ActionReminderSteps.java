package org.neighbourhoodportal.governance.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.governance.GovernancePolicy;
import org.neighbourhoodportal.governance.MeetingService;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.LeadershipGroupRepository;
import org.neighbourhoodportal.governance.domain.MeetingAction;
import org.neighbourhoodportal.governance.domain.MeetingActionRepository;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.ui.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminders to the owners of actions from leadership group meetings ({@code MeetingActionReminders}, a
 * timer-started schedule like the monthly reports'). An open action due within {@code
 * portal.governance.action-reminders.days-before} days (3 by default) gets one reminder to its owner; an open action
 * past its due date gets one overdue notice. Done actions get nothing; nor does an owner who is no longer one of the
 * INT's people (the action is the INT's to reassign). Each is sent once: the action records it, and the notice's
 * event key names the action and its due date, so a run tried again tells nobody twice. Engine only.
 */
@Component
@Transactional
class ActionReminderSteps {

    static final String STEP = "Reminder to the action's owner";

    private final MeetingActionRepository actions;
    private final LeadershipGroupRepository groups;
    private final DirectoryService directory;
    private final GovernancePolicy policy;
    private final Timeline timeline;
    private final ApplicationEventPublisher published;
    private final Clock clock;
    private final int daysBefore;

    ActionReminderSteps(MeetingActionRepository actions, LeadershipGroupRepository groups, DirectoryService directory,
                        GovernancePolicy policy, Timeline timeline, ApplicationEventPublisher published, Clock clock,
                        @Value("${portal.governance.action-reminders.days-before:3}") int daysBefore) {
        this.actions = actions;
        this.groups = groups;
        this.directory = directory;
        this.policy = policy;
        this.timeline = timeline;
        this.published = published;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Sends today's reminders and overdue notices; returns how many. Safe to run twice. */
    int remindOwners() {
        policy.requireEngine();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<MeetingAction> due = actions.findByDoneAtIsNullAndDueOnLessThanEqualOrderByIdAsc(
                today.plusDays(daysBefore));
        Map<Long, Long> teamOfGroup = new HashMap<>();
        Map<Long, Set<Long>> peopleOfTeam = new HashMap<>();
        int sent = 0;
        for (MeetingAction action : due) {
            boolean overdue = action.getDueOn().isBefore(today);
            if (overdue ? action.getOverdueRemindedAt() != null : action.getRemindedAt() != null) {
                continue;
            }
            long team = teamOfGroup.computeIfAbsent(action.getGroupId(),
                    id -> groups.findById(id).map(LeadershipGroup::getTeamId).orElse(-1L));
            Set<Long> people = peopleOfTeam.computeIfAbsent(team, id -> id < 0 ? Set.of()
                    : directory.teamPeople(id).stream().map(PersonOption::id).collect(Collectors.toSet()));
            if (!people.contains(action.getOwnerId())) {
                continue;
            }
            String day = Formats.day(action.getDueOn());
            String key = "meeting-action:" + action.getId() + (overdue ? ":overdue:" : ":due:") + action.getDueOn();
            if (overdue) {
                published.publishEvent(new Notice(NotificationKind.OVERDUE, key, Audience.person(action.getOwnerId()),
                        "Overdue: your action from a leadership group meeting was due on " + day,
                        action.getDescription() + " Do it and mark it done on the meeting's page, or tell the INT's "
                                + "lead what is in the way.", MeetingService.route(action.getMeetingId())));
                action.overdueReminded(now);
            } else {
                published.publishEvent(new Notice(NotificationKind.DEADLINE_REMINDER, key,
                        Audience.person(action.getOwnerId()),
                        "Reminder: your action from a leadership group meeting is due on " + day,
                        action.getDescription() + " Mark it done on the meeting's page once it is.",
                        MeetingService.route(action.getMeetingId())));
                action.reminded(now);
            }
            timeline.append(MeetingService.record(action.getMeetingId()), Credit.step(STEP),
                    overdue ? "ACTION_OVERDUE" : "ACTION_REMINDER",
                    (overdue ? "Overdue notice sent to " : "Reminder sent to ")
                            + directory.personName(action.getOwnerId()), action.getDescription() + " Due " + day + ".",
                    Visibility.EVERYONE);
            sent++;
        }
        return sent;
    }
}
