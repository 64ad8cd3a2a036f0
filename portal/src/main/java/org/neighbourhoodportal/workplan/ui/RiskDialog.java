package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.StaleRecordNotice;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.RiskDraft;
import org.neighbourhoodportal.workplan.RiskKind;
import org.neighbourhoodportal.workplan.RiskRow;
import org.neighbourhoodportal.workplan.TextLimits;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;

/** The priority's lead or the INT lead records a risk (it may happen) or an issue (it has happened). */
class RiskDialog extends Dialog {

    private final RadioButtonGroup<RiskKind> kind = new RadioButtonGroup<>("Risk or issue", List.of(RiskKind.values()));
    private final TextArea description = new TextArea("Description");
    private final Select<Integer> likelihood = scale("Likelihood", LIKELIHOOD);
    private final Select<Integer> impact = scale("Impact", IMPACT);
    private final ComboBox<PersonOption> owner = new ComboBox<>("Owner");
    private final TextArea mitigation = new TextArea("Mitigation");
    private final Checkbox open = new Checkbox("Still open");
    /** The risk as the dialog was opened or last reloaded with; null for a new one. */
    private RiskRow current;

    static final List<String> LIKELIHOOD = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
    static final List<String> IMPACT = List.of("Negligible", "Minor", "Moderate", "Major", "Severe");

    /** {@code existing} null for a new risk. */
    RiskDialog(WorkplanService workplan, PriorityService priorityService, ActionRiskService actionRiskService,
               long planId, long priorityId, RiskRow existing, Runnable saved) {
        this.current = existing;
        setHeaderTitle(existing == null ? "Add a risk or issue" : "Change the risk or issue");
        setWidth("min(40rem, 96vw)");

        kind.setItemLabelGenerator(k -> k == RiskKind.RISK ? "Risk – it may happen" : "Issue – it has happened");
        kind.setId("risk-kind");
        description.setId("risk-description");
        CharacterLimit.apply(description, TextLimits.RISK_TEXT);
        description.setRequired(true);
        likelihood.setId("risk-likelihood");
        impact.setId("risk-impact");
        owner.setItems(workplan.people(planId));
        owner.setItemLabelGenerator(PersonOption::label);
        owner.setClearButtonVisible(true);
        owner.setId("risk-owner");
        mitigation.setHelperText("What is being done to make it less likely or less harmful.");
        mitigation.setId("risk-mitigation");
        CharacterLimit.apply(mitigation, TextLimits.RISK_TEXT);
        open.setId("risk-open");

        if (existing == null) {
            kind.setValue(RiskKind.RISK);
            likelihood.setValue(3);
            impact.setValue(3);
            open.setValue(true);
        } else {
            fill(existing);
        }

        FormLayout form = new FormLayout(kind, description, likelihood, impact, owner, mitigation, open);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(kind, 2);
        form.setColspan(description, 2);
        form.setColspan(mitigation, 2);
        form.setColspan(open, 2);
        add(form);

        Button save = new Button(existing == null ? "Add" : "Save changes", e -> {
            try {
                actionRiskService.saveRisk(new RiskDraft(current == null ? null : current.id(), priorityId, kind.getValue(),
                        description.getValue(), likelihood.getValue() == null ? 0 : likelihood.getValue(),
                        impact.getValue() == null ? 0 : impact.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id(), mitigation.getValue(),
                        open.getValue(), current == null ? null : current.version()));
                close();
                Messages.saved("Saved.");
                saved.run();
            } catch (InvalidInputException refused) {
                Messages.showOnFields(refused, Map.of("kind", kind, "description", description,
                        "likelihood", likelihood, "impact", impact, "ownerId", owner, "mitigation", mitigation));
            } catch (StaleRecordException stale) {
                StaleRecordNotice.show(stale, () -> reload(priorityService, priorityId));
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("risk-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void fill(RiskRow risk) {
        kind.setValue(risk.kind());
        description.setValue(risk.description());
        likelihood.setValue(risk.likelihood());
        impact.setValue(risk.impact());
        owner.setValue(null);
        owner.getListDataView().getItems().filter(p -> Objects.equals(p.id(), risk.ownerId())).findFirst()
                .ifPresent(owner::setValue);
        mitigation.setValue(risk.mitigation() == null ? "" : risk.mitigation());
        open.setValue(risk.open());
    }

    /** Puts the risk as it is now, with its new version, into every field. */
    private void reload(PriorityService priorityService, long priorityId) {
        try {
            long id = current.id();
            current = priorityService.priority(priorityId).risks().stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new NotAllowedException("That risk or issue does not exist any more."));
            List.<HasValidation>of(kind, description, likelihood, impact, owner, mitigation)
                    .forEach(f -> f.setInvalid(false));
            fill(current);
        } catch (NotAllowedException gone) {
            close();
            Messages.refused(gone.getMessage());
        }
    }

    private static Select<Integer> scale(String label, List<String> words) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(1, 2, 3, 4, 5);
        select.setItemLabelGenerator(n -> n + " – " + words.get(n - 1).toLowerCase());
        return select;
    }
}
