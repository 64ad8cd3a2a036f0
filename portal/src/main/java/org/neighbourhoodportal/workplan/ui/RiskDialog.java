package org.neighbourhoodportal.workplan.ui;

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
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.RiskDraft;
import org.neighbourhoodportal.workplan.RiskKind;
import org.neighbourhoodportal.workplan.RiskRow;
import org.neighbourhoodportal.workplan.TextLimits;
import org.neighbourhoodportal.workplan.WorkplanService;

/** The priority's lead or the INT lead records a risk (it may happen) or an issue (it has happened). */
class RiskDialog extends Dialog {

    static final List<String> LIKELIHOOD = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
    static final List<String> IMPACT = List.of("Negligible", "Minor", "Moderate", "Major", "Severe");

    /** {@code existing} null for a new risk. */
    RiskDialog(WorkplanService workplan, long planId, long priorityId, RiskRow existing, Runnable saved) {
        setHeaderTitle(existing == null ? "Add a risk or issue" : "Change the risk or issue");
        setWidth("min(40rem, 96vw)");

        RadioButtonGroup<RiskKind> kind = new RadioButtonGroup<>("Risk or issue", List.of(RiskKind.values()));
        kind.setItemLabelGenerator(k -> k == RiskKind.RISK ? "Risk – it may happen" : "Issue – it has happened");
        kind.setId("risk-kind");
        TextArea description = new TextArea("Description");
        description.setId("risk-description");
        CharacterLimit.apply(description, TextLimits.RISK_TEXT);
        description.setRequired(true);
        Select<Integer> likelihood = scale("Likelihood", LIKELIHOOD);
        likelihood.setId("risk-likelihood");
        Select<Integer> impact = scale("Impact", IMPACT);
        impact.setId("risk-impact");
        ComboBox<PersonOption> owner = new ComboBox<>("Owner");
        owner.setItems(workplan.people(planId));
        owner.setItemLabelGenerator(PersonOption::label);
        owner.setClearButtonVisible(true);
        owner.setId("risk-owner");
        TextArea mitigation = new TextArea("Mitigation");
        mitigation.setHelperText("What is being done to make it less likely or less harmful.");
        mitigation.setId("risk-mitigation");
        CharacterLimit.apply(mitigation, TextLimits.RISK_TEXT);
        Checkbox open = new Checkbox("Still open");
        open.setId("risk-open");

        if (existing == null) {
            kind.setValue(RiskKind.RISK);
            likelihood.setValue(3);
            impact.setValue(3);
            open.setValue(true);
        } else {
            kind.setValue(existing.kind());
            description.setValue(existing.description());
            likelihood.setValue(existing.likelihood());
            impact.setValue(existing.impact());
            owner.getListDataView().getItems().filter(p -> Objects.equals(p.id(), existing.ownerId())).findFirst()
                    .ifPresent(owner::setValue);
            mitigation.setValue(existing.mitigation() == null ? "" : existing.mitigation());
            open.setValue(existing.open());
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
                workplan.saveRisk(new RiskDraft(existing == null ? null : existing.id(), priorityId, kind.getValue(),
                        description.getValue(), likelihood.getValue() == null ? 0 : likelihood.getValue(),
                        impact.getValue() == null ? 0 : impact.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id(), mitigation.getValue(),
                        open.getValue()));
                close();
                Messages.saved("Saved.");
                saved.run();
            } catch (InvalidInputException refused) {
                Messages.showOnFields(refused, Map.of("kind", kind, "description", description,
                        "likelihood", likelihood, "impact", impact, "ownerId", owner, "mitigation", mitigation));
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("risk-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static Select<Integer> scale(String label, List<String> words) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(1, 2, 3, 4, 5);
        select.setItemLabelGenerator(n -> n + " – " + words.get(n - 1).toLowerCase());
        return select;
    }
}
