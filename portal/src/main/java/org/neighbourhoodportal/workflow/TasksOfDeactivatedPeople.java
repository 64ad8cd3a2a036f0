package org.neighbourhoodportal.workflow;

import java.util.List;
import org.neighbourhoodportal.directory.PersonDeactivated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator switches a person's account off, the tasks they had picked up go back to their teams' inboxes
 * (in the same transaction), and their teams' leads are told through {@link TasksReturned}.
 */
@Component
class TasksOfDeactivatedPeople {

    private final WorkflowService workflow;
    private final ApplicationEventPublisher events;

    TasksOfDeactivatedPeople(WorkflowService workflow, ApplicationEventPublisher events) {
        this.workflow = workflow;
        this.events = events;
    }

    @EventListener
    void deactivated(PersonDeactivated event) {
        Long fallback = event.teamIds().stream().sorted().findFirst().orElse(null);
        List<WorkItem> returned = workflow.returnTasksOf(event.personId(), fallback);
        events.publishEvent(new TasksReturned(event.personId(), event.displayName(), event.teamIds(),
                returned.stream().map(t -> t.subject() == null || t.subject().isBlank() ? t.name()
                        : t.name() + " – " + t.subject()).toList()));
    }
}
