package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.RiskRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;

/** A priority's risks and issues, scored likelihood by impact; its lead and the INT's leads keep them. */
class PriorityRisks extends PrioritySection {

    PriorityRisks(PriorityDetails details, long priorityId, WorkplanService workplan, PriorityService priorityService,
                  ActionRiskService actionRiskService, Runnable reload) {
        super("Risks and issues");
        if (details.canUpdate()) {
            Button add = new Button("Add a risk or issue", VaadinIcon.PLUS.create(), e -> new RiskDialog(workplan,
                    priorityService, actionRiskService, details.plan().id(), priorityId, null, reload).open());
            add.setId("add-risk");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(add);
        }
        Grid<RiskRow> grid = new Grid<>();
        grid.setId("risk-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.kind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RiskRow::description).setHeader("Description").setKey("description").setFlexGrow(3);
        grid.addColumn(r -> r.likelihood() + " " + RiskDialog.LIKELIHOOD.get(r.likelihood() - 1).toLowerCase())
                .setHeader("Likelihood").setKey("likelihood").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.impact() + " " + RiskDialog.IMPACT.get(r.impact() - 1).toLowerCase())
                .setHeader("Impact").setKey("impact").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PriorityRisks::score).setHeader("Score").setKey("score").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(r -> "Likelihood \u00d7 impact, out of 25");
        grid.addColumn(r -> r.ownerName() == null ? "Nobody yet" : r.ownerName()).setHeader("Owner")
                .setKey("owner").setAutoWidth(true);
        grid.addColumn(r -> r.mitigation() == null ? "" : r.mitigation()).setHeader("Mitigation")
                .setKey("mitigation").setFlexGrow(3);
        grid.addColumn(r -> r.open() ? "Open" : "Closed").setHeader("Open").setKey("open").setAutoWidth(true)
                .setFlexGrow(0);
        if (details.canUpdate()) {
            grid.addComponentColumn(r -> {
                Button edit = new Button("Change", e -> new RiskDialog(workplan, priorityService,
                        actionRiskService, details.plan().id(), priorityId, r, reload).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setId("edit-risk-" + r.id());
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(details.risks());
        grid.setEmptyStateText("No risks or issues recorded.");
        add(grid);
    }

    /** Scores of 15 and over are serious, 8 to 12 need watching: the usual 5 × 5 matrix bands. */
    private static Component score(RiskRow risk) {
        int score = risk.score();
        Badge.Tone tone = score >= 15 ? Badge.Tone.OVERDUE : score >= 8 ? Badge.Tone.WAITING : Badge.Tone.DONE;
        return new Badge(Integer.toString(score), tone);
    }
}
