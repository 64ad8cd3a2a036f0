package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.neighbourhoodportal.workflow.WorkItem;

/** On a record's page: "This is waiting for you" with a button to the task, when the caller has one. */
public class YourTurn extends Div {

    public YourTurn(List<WorkItem> tasks) {
        setVisible(!tasks.isEmpty());
        addClassName("portal-card");
        getStyle().set("background", "var(--lumo-primary-color-10pct)");
        for (WorkItem task : tasks) {
            Span text = new Span("Waiting for you: " + task.name() + " ");
            Button open = new Button("Do it now", e -> getUI().ifPresent(ui -> ui.navigate("tasks/" + task.id())));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            open.setId("do-it-now");
            add(new Div(text, open));
        }
    }
}
