package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.maturity.AssessmentDetails;
import org.neighbourhoodportal.maturity.DomainDraft;
import org.neighbourhoodportal.maturity.Evidence;
import org.neighbourhoodportal.maturity.FrameworkVersion;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.maturity.Stage;
import org.neighbourhoodportal.maturity.domain.DomainEntry;
import org.neighbourhoodportal.timeline.TimelineRecord;

/**
 * A domain owner records where the team is now in their domain, where it aims to be, the evidence (in words, and as
 * links to the INT's feedback loops closed and consultations run) and the support the team needs.
 */
class DomainDialog extends Dialog {

    DomainDialog(MaturityService maturity, AssessmentDetails assessment, AssessmentDetails.DomainRow row,
                 Runnable saved) {
        setHeaderTitle(row.domain());
        setWidth("min(42rem, 100vw)");
        FrameworkVersion.Domain domain = assessment.framework().domains().stream()
                .filter(d -> d.id() == row.domainId()).findFirst().orElseThrow();
        Map<Long, String> descriptors = domain.descriptors();
        if (row.leadQuestion() != null) {
            add(new Paragraph("The lead asks: " + row.leadQuestion()));
        }
        Select<Stage> current = stageSelect("Where the team is now", assessment, descriptors);
        Select<Stage> target = stageSelect("Where it aims to be by the next assessment", assessment, descriptors);
        current.setId("stage-now");
        target.setId("stage-target");
        current.setValue(row.current());
        target.setValue(row.target());
        TextArea evidence = new TextArea("Evidence");
        evidence.setHelperText("What shows the team is at this stage: work plan priorities, what changed, "
                + "documents.");
        evidence.setId("domain-evidence");
        evidence.setMaxLength(DomainEntry.EVIDENCE_LENGTH);
        evidence.setValue(row.evidence() == null ? "" : row.evidence());
        MultiSelectComboBox<Evidence> records = new MultiSelectComboBox<>("Records that show it");
        records.setId("domain-evidence-links");
        records.setHelperText("The team's feedback loops that were closed and consultations that were run. Choose "
                + "any that show where the team is.");
        records.setItemLabelGenerator(Evidence::inWords);
        List<Evidence> choices = new ArrayList<>(maturity.evidenceChoices(assessment.id(), row.domainId()));
        row.evidenceLinks().stream().filter(e -> choices.stream().noneMatch(c -> same(c, e))).forEach(choices::add);
        records.setItems(choices);
        records.setValue(new LinkedHashSet<>(choices.stream().filter(c -> row.evidenceLinks().stream()
                .anyMatch(e -> same(c, e))).toList()));
        if (choices.isEmpty()) {
            records.setPlaceholder("No closed feedback loops or consultations run yet");
        }
        TextArea support = new TextArea("Support the team needs");
        support.setHelperText("What would help the team reach its target: the ICB uses this to plan its offer.");
        support.setId("domain-support");
        support.setMaxLength(DomainEntry.SUPPORT_LENGTH);
        support.setValue(row.supportNeeded() == null ? "" : row.supportNeeded());
        FormLayout form = new FormLayout(current, target, evidence, records, support);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(evidence, 2);
        form.setColspan(records, 2);
        form.setColspan(support, 2);
        add(form);
        Paragraph note = new Paragraph("Stage names and descriptions are the portal's working summary of the PCN "
                + "Maturity Matrix, to be checked against the published matrix.");
        note.addClassName("portal-muted");
        add(note);
        Button save = new Button("Save", e -> {
            try {
                maturity.recordDomain(assessment.id(), row.domainId(), new DomainDraft(
                        current.getValue() == null ? null : current.getValue().id(),
                        target.getValue() == null ? null : target.getValue().id(), evidence.getValue(),
                        support.getValue(), records.getValue().stream()
                        .map(link -> new TimelineRecord(link.recordKind(), link.recordId())).toList()));
                close();
                Told.saved("Saved.");
                saved.run();
            } catch (RuntimeException failed) {
                Told.failed(failed);
            }
        });
        save.setId("domain-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static boolean same(Evidence a, Evidence b) {
        return a.recordKind().equals(b.recordKind()) && a.recordId() == b.recordId();
    }

    private static Select<Stage> stageSelect(String label, AssessmentDetails assessment, Map<Long, String> descriptors) {
        Select<Stage> select = new Select<>();
        select.setLabel(label);
        select.setItems(assessment.framework().stages());
        select.setItemLabelGenerator(Stage::label);
        select.addValueChangeListener(e -> select.setHelperText(e.getValue() == null ? null
                : descriptors.get(e.getValue().id())));
        return select;
    }
}
