package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.StaleRecordNotice;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.TagGroup;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.TextLimits;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;

/**
 * The INT lead adds a priority or changes one: what it is and why, who leads it, when, its status, and what it
 * serves (the Fuller offers, the neighbourhood components, the maturity domains, the team's own objectives).
 */
class PriorityDialog extends Dialog {

    private final TextField title = new TextField("Title");
    private final TextArea why = new TextArea("Why it matters");
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Lead organisation");
    private final ComboBox<PersonOption> person = new ComboBox<>("Lead person");
    private final DatePicker starts = new DatePicker("Starts");
    private final DatePicker ends = new DatePicker("Ends");
    private final Select<Rag> rag = new Select<>();
    private final TextArea reason = new TextArea("Reason for the status");
    private final List<CheckboxGroup<TagOption>> tagGroups;
    /** The priority as the dialog was opened or last reloaded with; null for a new one. */
    private PriorityRow current;

    /** {@code existing} null for a new priority; {@code saved} gets the priority's id. */
    PriorityDialog(WorkplanService workplan, PriorityService priorityService, PlanSummary plan, PriorityRow existing,
                   LongConsumer saved) {
        this.current = existing;
        setHeaderTitle(existing == null ? "Add a priority" : "Change the priority");
        setWidth("min(56rem, 96vw)");

        title.setId("priority-title");
        CharacterLimit.apply(title, TextLimits.PRIORITY_TITLE);
        title.setRequired(true);
        why.setId("priority-why");
        CharacterLimit.apply(why, TextLimits.PRIORITY_WHY);
        why.setMinHeight("5em");
        organisation.setItems(workplan.organisations(plan.id()));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setId("priority-organisation");
        organisation.setClearButtonVisible(true);
        person.setItems(workplan.people(plan.id()));
        person.setItemLabelGenerator(PersonOption::label);
        person.setId("priority-person");
        person.setClearButtonVisible(true);
        person.setHelperText("They and the INT's leads can update its status.");
        for (DatePicker date : List.of(starts, ends)) {
            date.setLocale(Locale.UK);
            date.setRequired(true);
        }
        starts.setId("priority-starts");
        ends.setId("priority-ends");
        rag.setLabel("Status");
        rag.setItems(List.of(Rag.values()));
        rag.setItemLabelGenerator(Rag::describe);
        rag.setId("priority-rag");
        reason.setId("priority-reason");
        CharacterLimit.apply(reason, TextLimits.RAG_REASON);
        rag.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(RateDialog.needsReason(e.getValue())));

        FormLayout form = new FormLayout(title, why, organisation, person, starts, ends, rag, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(title, 2);
        form.setColspan(why, 2);
        form.setColspan(reason, 2);
        add(form);

        add(new H4("What it serves"));
        Div tags = new Div();
        tags.addClassName("priority-tag-groups");
        tagGroups = workplan.tagGroups(plan.id()).stream().map(this::group).toList();
        tagGroups.forEach(tags::add);
        add(tags);

        if (existing == null) {
            PlanYear year = PlanYear.of(plan);
            starts.setValue(year.start());
            ends.setValue(year.end());
            rag.setValue(Rag.GREEN);
        } else {
            fill(existing);
        }

        Button save = new Button(existing == null ? "Add priority" : "Save changes", e -> {
            try {
                long id = priorityService.savePriority(draft(plan.id()));
                close();
                Messages.saved(existing == null ? "Priority added." : "Priority saved.");
                saved.accept(id);
            } catch (InvalidInputException refused) {
                Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("title", title, "whyItMatters", why,
                        "leadOrganisationId", organisation, "leadPersonId", person, "startsOn", starts,
                        "endsOn", ends, "rag", rag, "ragReason", reason));
                if (!tagGroups.isEmpty()) {
                    fields.put("tags", tagGroups.get(0));
                }
                Messages.showOnFields(refused, fields);
            } catch (StaleRecordException stale) {
                StaleRecordNotice.show(stale, () -> reload(priorityService));
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("priority-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private CheckboxGroup<TagOption> group(TagGroup group) {
        CheckboxGroup<TagOption> boxes = new CheckboxGroup<>(group.name(), group.items());
        boxes.setItemLabelGenerator(t -> t.title() + (t.toVerify() ? " (wording to verify)" : ""));
        boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        boxes.setHelperText(group.local() ? "The team's own objectives" : group.source());
        boxes.setId("priority-tags-" + group.code());
        boxes.setWidthFull();
        return boxes;
    }

    private void fill(PriorityRow existing) {
        organisation.setValue(null);
        person.setValue(null);
        title.setValue(existing.title());
        why.setValue(existing.whyItMatters() == null ? "" : existing.whyItMatters());
        organisation.getListDataView().getItems().filter(o -> Objects.equals(o.id(), existing.leadOrganisationId()))
                .findFirst().ifPresent(organisation::setValue);
        person.getListDataView().getItems().filter(p -> Objects.equals(p.id(), existing.leadPersonId()))
                .findFirst().ifPresent(person::setValue);
        starts.setValue(existing.startsOn());
        ends.setValue(existing.endsOn());
        rag.setValue(existing.rag());
        reason.setValue(existing.ragReason() == null ? "" : existing.ragReason());
        Set<Long> tagged = new LinkedHashSet<>();
        existing.tags().forEach(t -> tagged.add(t.id()));
        for (CheckboxGroup<TagOption> group : tagGroups) {
            group.setValue(group.getListDataView().getItems().filter(t -> tagged.contains(t.id()))
                    .collect(Collectors.toSet()));
        }
    }

    /** Puts the priority as it is now, with its new version, into every field. */
    private void reload(PriorityService priorityService) {
        try {
            current = priorityService.priority(current.id()).priority();
            List.<HasValidation>of(title, why, organisation, person, starts, ends, rag, reason)
                    .forEach(f -> f.setInvalid(false));
            fill(current);
        } catch (NotAllowedException gone) {
            close();
            Messages.refused(gone.getMessage());
        }
    }

    private PriorityDraft draft(long planId) {
        Set<Long> tags = new LinkedHashSet<>();
        tagGroups.forEach(g -> g.getValue().forEach(t -> tags.add(t.id())));
        return new PriorityDraft(current == null ? null : current.id(), planId, title.getValue(), why.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(), starts.getValue(), ends.getValue(),
                rag.getValue(), reason.getValue(), tags, current == null ? null : current.version());
    }
}
