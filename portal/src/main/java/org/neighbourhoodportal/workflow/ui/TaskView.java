package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.BrowserDrafts;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workflow.TaskComment;
import org.neighbourhoodportal.workflow.TaskOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;

/** One task: what it is about, its form, and the comments people left on it. */
@Route("tasks/:taskId")
@PageTitle("Task | Neighbourhood Portal")
@PermitAll
class TaskView extends VerticalLayout implements BeforeEnterObserver {

    /** The same limit as {@link WorkflowService#addComment}'s. */
    static final int COMMENT_LENGTH = 2000;

    private final WorkflowService workflow;
    private final CurrentUser currentUser;
    private final List<RecordPanelProvider> panels;
    private String taskId;

    TaskView(WorkflowService workflow, CurrentUser currentUser, List<RecordPanelProvider> panels) {
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.panels = panels;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow(() -> new NotAllowedException("No task given."));
        show();
    }

    private void show() {
        removeAll();
        WorkItem task = workflow.task(taskId);
        AccessProfile me = currentUser.require();

        H2 title = new H2(task.name());
        title.setId("task-title");
        add(title);
        add(Glossary.spelledOut("INT", "PPG"));
        HorizontalLayout facts = new HorizontalLayout();
        facts.setAlignItems(Alignment.BASELINE);
        if (!task.recordRoute().isEmpty()) {
            facts.add(new Anchor(task.recordRoute(), task.subject()));
        }
        if (task.due() != null) {
            facts.add(task.isOverdue(workflow.now())
                    ? new Badge("Overdue – was due " + Formats.day(task.due()), Badge.Tone.OVERDUE)
                    : new Badge("Due " + Formats.day(task.due()), Badge.Tone.WAITING));
        }
        if (task.isEscalated()) {
            facts.add(new Badge("Escalated", Badge.Tone.OVERDUE));
        }
        add(facts);
        add(assignment(task, me));

        panels.stream().map(p -> p.panelFor(task)).flatMap(java.util.Optional::stream).findFirst().ifPresent(this::add);

        var form = workflow.form(taskId);
        FormRenderer renderer = new FormRenderer(form.definition(), form.options(), form.values());
        renderer.keepDraft(draftKey());
        Div card = new Div(renderer);
        card.addClassName("portal-card");
        card.setWidthFull();
        add(card);
        Button submit = new Button("Submit", e -> submit(task, renderer));
        submit.setId("submit-task");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean someoneElse = task.assigneeId() != null && task.assigneeId() != me.personId();
        submit.setEnabled(!someoneElse);
        add(submit);
        add(comments());
    }

    private Div assignment(WorkItem task, AccessProfile me) {
        Div line = new Div();
        line.setId("task-assignment");
        if (task.assigneeId() == null && WorkGroups.onlyPpgs(task.candidateGroups())) {
            // a PPG's own task: any of its representatives answers it; nobody picks it up from a queue
            line.add(new Span("This is for you, as your PPG's representative."));
        } else if (task.assigneeId() == null) {
            line.add(new Span("Open to your team – pick it up so others know you are on it. "));
            Button claim = new Button("Pick up", e -> act(() -> workflow.claim(taskId), "You have picked this up."));
            claim.setId("claim-task");
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            line.add(claim);
        } else if (task.assigneeId() == me.personId()) {
            line.add(new Span("You have picked this up. "));
            Button unclaim = new Button("Hand back to the team",
                    e -> act(() -> workflow.unclaim(taskId), "Handed back to the team."));
            unclaim.setId("unclaim-task");
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(unclaim);
        } else {
            line.add(new Span(task.assigneeName() + " has picked this up."));
        }
        line.addClassName("portal-muted");
        return line;
    }

    /** A failure (someone else did it first, the database down…) is told by the portal's error handler; the form stays. */
    private void submit(WorkItem done, FormRenderer renderer) {
        TaskOutcome outcome = workflow.complete(taskId, renderer.values());
        if (outcome.completed()) {
            BrowserDrafts.clear(draftKey());
            Notification.show("Done – thank you.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            long me = currentUser.require().personId();
            List<WorkItem> next = workflow.openWorkOn(done.processKey(), done.businessKey()).stream()
                    .filter(t -> !t.id().equals(done.id()))
                    .filter(t -> t.assigneeId() == null || t.assigneeId() == me).toList();
            if (next.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("tasks"));
            } else {
                showNextStep(done, next.get(0));
            }
        } else {
            renderer.showErrors(outcome.errors());
            Notification.show("Please check the highlighted answers.", 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * The step just done has a next step on the same record that this person can do: offer it here rather than
     * sending them back to the inbox to find it.
     */
    private void showNextStep(WorkItem done, WorkItem next) {
        removeAll();
        H2 title = new H2("Done – thank you");
        title.setId("task-done");
        add(title);
        Div card = new Div();
        card.setId("next-step");
        card.addClassName("portal-card");
        card.add(new Paragraph("The next step on " + (done.subject() == null || done.subject().isBlank()
                ? "this item" : "“" + done.subject() + "”") + " is for you too:"));
        H3 name = new H3(next.name());
        name.setId("next-step-name");
        card.add(name);
        Button doIt = new Button("Do it now", e -> getUI().ifPresent(ui -> ui.navigate("tasks/" + next.id())));
        doIt.setId("next-step-open");
        doIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button inbox = new Button("Back to my tasks", e -> getUI().ifPresent(ui -> ui.navigate("tasks")));
        inbox.setId("next-step-inbox");
        inbox.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(new HorizontalLayout(doIt, inbox));
        add(card);
        doIt.focus();
    }

    private String draftKey() {
        return BrowserDrafts.key(currentUser.require().personId(), "task:" + taskId);
    }

    private VerticalLayout comments() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3("Comments"));
        List<TaskComment> comments = workflow.comments(taskId);
        if (comments.isEmpty()) {
            box.add(new Paragraph("No comments yet. Comments are seen by everyone who can see this task."));
        }
        for (TaskComment comment : comments) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            Div when = new Div(comment.authorName() + " · " + Formats.dayTime(comment.at()));
            when.addClassName("when");
            Div text = new Div(comment.text());
            text.addClassName("detail");
            entry.add(when, text);
            box.add(entry);
        }
        TextArea text = new TextArea("Add a comment");
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxWidth("44rem");
        CharacterLimit.apply(text, COMMENT_LENGTH);
        String commentDraft = draftKey() + ":comment";
        BrowserDrafts.keep(box, commentDraft, Map.of("comment", text));
        Button add = new Button("Add comment", e -> act(() -> {
            workflow.addComment(taskId, text.getValue());
            BrowserDrafts.clear(commentDraft);
        }, "Comment added."));
        add.setId("add-comment");
        box.add(text, add);
        return box;
    }

    /** Refusals in the service's own words stay here; anything else goes to the portal's error handler. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START);
            show();
        } catch (IllegalArgumentException e) { // "Write a comment first." and the like
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
