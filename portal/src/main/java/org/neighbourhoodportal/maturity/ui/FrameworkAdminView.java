package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.neighbourhoodportal.maturity.FrameworkAdministration;
import org.neighbourhoodportal.maturity.FrameworkDraft;
import org.neighbourhoodportal.maturity.FrameworkStatus;
import org.neighbourhoodportal.maturity.FrameworkSummary;
import org.neighbourhoodportal.maturity.domain.MaturityDescriptor;
import org.neighbourhoodportal.maturity.domain.MaturityDomain;
import org.neighbourhoodportal.maturity.domain.MaturityFramework;
import org.neighbourhoodportal.maturity.domain.MaturityStage;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.Failures;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.StaleRecordNotice;

/**
 * "Maturity frameworks", for administrators: every reference framework and its versions; a version opened below its
 * address ({@code admin/frameworks/42}) to edit while a draft, or to read once published; a new framework, or a new
 * version copied from an open one. A refusal is shown on the page in words and what was typed stays; a save from a
 * screen that read an older draft is told who changed it (StaleRecordNotice).
 */
@Route(FrameworkAdminView.ROUTE)
@PageTitle("Maturity frameworks | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class FrameworkAdminView extends VerticalLayout implements HasUrlParameter<Long> {

    static final String ROUTE = "admin/frameworks";

    private final FrameworkAdministration administration;
    private final Paragraph problem = new Paragraph();
    private final Div body = new Div();

    // the open version's fields: kept as components, so adding or removing a row keeps what was typed in the others
    private FrameworkDraft open;
    private TextField name;
    private TextField versionLabel;
    private TextArea source;
    private final List<StageRow> stageRows = new ArrayList<>();
    private final List<DomainRow> domainRows = new ArrayList<>();
    private final Div stagesBox = new Div();
    private final Div domainsBox = new Div();

    FrameworkAdminView(FrameworkAdministration administration) {
        this.administration = administration;
        addClassName("portal-page");
        setPadding(false);
        problem.setId("framework-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        problem.setVisible(false);
        body.setWidthFull();
        add(new H2("Maturity frameworks"), problem, body);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long frameworkId) {
        hideProblem();
        if (frameworkId == null) {
            showList();
        } else {
            showVersion(administration.version(frameworkId));
        }
    }

    // ---- all frameworks ---------------------------------------------------------------------------------------------

    private void showList() {
        open = null;
        body.removeAll();
        Paragraph intro = new Paragraph("The frameworks INTs assess themselves against and tag their work plans to. "
                + "A new framework or version starts as a draft that only administrators see. Once published, INT "
                + "leads can use it and it never changes, so every assessment keeps the version it was made with.");
        intro.addClassName("portal-muted");
        body.add(intro);
        Div list = new Div();
        list.setId("framework-list");
        for (FrameworkSummary framework : administration.frameworks()) {
            list.add(card(framework));
        }
        body.add(list, startForm());
    }

    private Component card(FrameworkSummary framework) {
        Div card = new Div();
        card.addClassName("portal-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        H3 title = new H3(framework.name());
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Paragraph code = new Paragraph("Code " + framework.code());
        code.addClassName("portal-muted");
        code.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        card.add(title, code);
        for (FrameworkSummary.Version v : framework.versions()) {
            Div row = new Div();
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline").set("padding", "var(--lumo-space-xs) 0")
                    .set("border-top", "1px solid var(--lumo-contrast-10pct)");
            Span label = new Span("Version " + v.version());
            label.getStyle().set("font-weight", "600");
            Span status = new Span(describe(v));
            status.addClassName("portal-muted");
            Button openButton = new Button(v.status() == FrameworkStatus.DRAFT ? "Edit the draft" : "Read",
                    e -> getUI().ifPresent(ui -> ui.navigate(FrameworkAdminView.class, v.id())));
            openButton.setId("open-" + v.id());
            openButton.getElement().setAttribute("aria-label", (v.status() == FrameworkStatus.DRAFT
                    ? "Edit the draft of " : "Read ") + framework.name() + ", version " + v.version());
            openButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(label, status, openButton);
            card.add(row);
        }
        return card;
    }

    private static String describe(FrameworkSummary.Version v) {
        StringBuilder text = new StringBuilder(v.status().label());
        if (v.status() == FrameworkStatus.PUBLISHED && v.publishedAt() != null) {
            text.append(" ").append(Formats.day(v.publishedAt()));
            if (v.publishedBy() != null) {
                text.append(" by ").append(v.publishedBy());
            }
        } else if (v.status() == FrameworkStatus.DRAFT && v.createdBy() != null) {
            text.append(", started by ").append(v.createdBy());
        }
        text.append(". ").append(v.domains()).append(v.domains() == 1 ? " domain, " : " domains, ")
                .append(v.stages()).append(v.stages() == 1 ? " stage. " : " stages. ")
                .append(v.assessments() == 0 ? "No assessments use it."
                        : "Used by " + v.assessments() + (v.assessments() == 1 ? " assessment." : " assessments."));
        return text.toString();
    }

    private Component startForm() {
        Div section = new Div();
        section.setId("framework-start");
        H3 heading = new H3("Start a new framework");
        Paragraph help = new Paragraph("For a new version of a framework above, open it and start the new version from "
                + "it instead: its domains, stages and descriptors are copied for you to change.");
        help.addClassName("portal-muted");
        TextField code = new TextField("Code");
        code.setHelperText("Letters, digits and underscores, for example LOCAL_MATURITY");
        code.setId("new-code");
        CharacterLimit.apply(code, MaturityFramework.CODE_LENGTH);
        TextField newName = new TextField("Name");
        newName.setId("new-name");
        CharacterLimit.apply(newName, MaturityFramework.NAME_LENGTH);
        TextField newVersion = new TextField("Version label");
        newVersion.setHelperText("For example the year it was published");
        newVersion.setId("new-version");
        CharacterLimit.apply(newVersion, MaturityFramework.VERSION_LENGTH);
        TextArea newSource = new TextArea("Source");
        newSource.setHelperText("The document it comes from: title, publisher and date");
        newSource.setId("new-source");
        CharacterLimit.apply(newSource, MaturityFramework.SOURCE_LENGTH);
        FormLayout form = new FormLayout(code, newName, newVersion, newSource);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(newSource, 2);
        Button start = new Button("Start the draft", e -> {
            try {
                long id = administration.start(code.getValue(), newName.getValue(), newSource.getValue(),
                        newVersion.getValue());
                Told.saved("Draft started. Add its stages and domains.");
                getUI().ifPresent(ui -> ui.navigate(FrameworkAdminView.class, id));
            } catch (RuntimeException refused) {
                showProblem(refused);
            }
        });
        start.setId("new-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(heading, help, form, start);
        return section;
    }

    // ---- one version --------------------------------------------------------------------------------------------------

    private void showVersion(FrameworkDraft version) {
        open = version;
        boolean draft = !version.published();
        body.removeAll();
        stageRows.clear();
        domainRows.clear();
        Button back = new Button("Back to all frameworks", e -> getUI().ifPresent(ui -> ui.navigate(ROUTE)));
        back.setId("fw-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H3 heading = new H3(version.name() + ", version " + version.version()
                + (draft ? " (draft)" : " (published)"));
        heading.setId("fw-heading");
        Paragraph status = new Paragraph(draft
                ? "Only administrators see this draft. Save your changes as you go; publish it when every domain "
                + "has a descriptor at every stage."
                : "Published: it never changes, so the assessments made with it stay as they were. To change it, "
                + "start a new version from it below.");
        status.addClassName("portal-muted");
        body.add(back, heading, status);

        name = new TextField("Name");
        name.setId("fw-name");
        name.setValue(version.name());
        versionLabel = new TextField("Version label");
        versionLabel.setId("fw-version");
        versionLabel.setValue(version.version());
        source = new TextArea("Source");
        source.setHelperText("The document it comes from: title, publisher and date");
        source.setId("fw-source");
        source.setValue(version.source() == null ? "" : version.source());
        if (draft) {
            CharacterLimit.apply(name, MaturityFramework.NAME_LENGTH);
            CharacterLimit.apply(versionLabel, MaturityFramework.VERSION_LENGTH);
            CharacterLimit.apply(source, MaturityFramework.SOURCE_LENGTH);
        }
        FormLayout form = new FormLayout(name, versionLabel, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(source, 2);
        body.add(form);

        for (FrameworkDraft.StageText s : version.stages()) {
            stageRows.add(new StageRow(s.id(), s.label()));
        }
        for (FrameworkDraft.DomainText d : version.domains()) {
            DomainRow row = new DomainRow(d.id(), d.title());
            for (int i = 0; i < stageRows.size(); i++) {
                row.cells.add(cell(i < d.descriptors().size() ? d.descriptors().get(i) : ""));
            }
            domainRows.add(row);
        }
        stagesBox.setId("fw-stages");
        domainsBox.setId("fw-domains");
        body.add(new H4("Stages, first to last"), stagesBox);
        if (draft) {
            Button addStage = new Button("Add a stage", e -> addStage());
            addStage.setId("fw-add-stage");
            body.add(addStage);
        }
        body.add(new H4("Domains, and what good looks like at each stage"), domainsBox);
        if (draft) {
            Button addDomain = new Button("Add a domain", e -> addDomain());
            addDomain.setId("fw-add-domain");
            body.add(addDomain);
        }
        render();
        setReadOnly(!draft);

        if (draft) {
            Button save = new Button("Save the draft", e -> save(false));
            save.setId("fw-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button publish = new Button("Publish", e -> save(true));
            publish.setId("fw-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button discard = new Button("Discard the draft", e -> discard());
            discard.setId("fw-discard");
            discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout actions = new HorizontalLayout(save, publish, discard);
            actions.getStyle().set("flex-wrap", "wrap");
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            body.add(actions);
        }
        body.add(newVersionForm());
    }

    private Component newVersionForm() {
        Div section = new Div();
        H4 heading = new H4("Start a new version from this one");
        Paragraph help = new Paragraph("Its domains, stages and descriptors are copied into a new draft. This version "
                + "and the assessments made with it do not change.");
        help.addClassName("portal-muted");
        TextField label = new TextField("New version label");
        label.setId("fw-new-version");
        CharacterLimit.apply(label, MaturityFramework.VERSION_LENGTH);
        Button start = new Button("Start the new version", e -> {
            try {
                long id = administration.draftFrom(open.id(), label.getValue());
                Told.saved("New version started as a draft.");
                getUI().ifPresent(ui -> ui.navigate(FrameworkAdminView.class, id));
            } catch (RuntimeException refused) {
                showProblem(refused);
            }
        });
        start.setId("fw-draft-from");
        section.add(heading, help, label, start);
        return section;
    }

    private void render() {
        stagesBox.removeAll();
        for (int i = 0; i < stageRows.size(); i++) {
            StageRow row = stageRows.get(i);
            stagesBox.add(numbered(row.label, row.remove, "Stage", "stage", i));
        }
        domainsBox.removeAll();
        for (int d = 0; d < domainRows.size(); d++) {
            DomainRow row = domainRows.get(d);
            Div card = new Div();
            card.addClassName("portal-card");
            card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            card.add(numbered(row.title, row.remove, "Domain", "domain", d));
            for (int s = 0; s < stageRows.size(); s++) {
                TextArea cell = row.cells.get(s);
                cell.setId("cell-" + d + "-" + s);
                card.add(cell);
            }
            domainsBox.add(card);
        }
        nameCells();
    }

    /** A stage's or domain's name field, labelled with its place ("Stage 2"), and its Remove button beside it. */
    private static HorizontalLayout numbered(TextField name, Button remove, String noun, String idPrefix, int index) {
        name.setLabel(noun + " " + (index + 1));
        name.setId(idPrefix + "-" + index);
        remove.setId(idPrefix + "-remove-" + index);
        remove.getElement().setAttribute("aria-label", "Remove " + noun.toLowerCase(java.util.Locale.ROOT) + " "
                + (index + 1));
        HorizontalLayout line = new HorizontalLayout(name, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWidthFull();
        line.setFlexGrow(1, name);
        return line;
    }

    /** Each descriptor is labelled with its stage's name as it stands on the screen. */
    private void nameCells() {
        for (DomainRow row : domainRows) {
            for (int s = 0; s < stageRows.size() && s < row.cells.size(); s++) {
                String stage = stageRows.get(s).label.getValue().isBlank() ? "stage " + (s + 1)
                        : stageRows.get(s).label.getValue().strip();
                row.cells.get(s).setLabel("What good looks like at " + stage);
            }
        }
    }

    private void addStage() {
        stageRows.add(new StageRow(null, ""));
        domainRows.forEach(d -> d.cells.add(cell("")));
        render();
        stageRows.get(stageRows.size() - 1).label.focus();
    }

    private void addDomain() {
        DomainRow row = new DomainRow(null, "");
        stageRows.forEach(s -> row.cells.add(cell("")));
        domainRows.add(row);
        render();
        row.title.focus();
    }

    private void removeStage(StageRow row) {
        int i = stageRows.indexOf(row);
        stageRows.remove(i);
        domainRows.forEach(d -> d.cells.remove(i));
        render();
    }

    private void removeDomain(DomainRow row) {
        domainRows.remove(row);
        render();
    }

    private void setReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        versionLabel.setReadOnly(readOnly);
        source.setReadOnly(readOnly);
        stageRows.forEach(s -> {
            s.label.setReadOnly(readOnly);
            s.remove.setVisible(!readOnly);
        });
        domainRows.forEach(d -> {
            d.title.setReadOnly(readOnly);
            d.remove.setVisible(!readOnly);
            d.cells.forEach(c -> c.setReadOnly(readOnly));
        });
    }

    private FrameworkDraft edited() {
        return new FrameworkDraft(open.id(), open.code(), open.status(), open.lockVersion(), name.getValue(),
                versionLabel.getValue(), source.getValue(),
                stageRows.stream().map(s -> new FrameworkDraft.StageText(s.id, s.label.getValue())).toList(),
                domainRows.stream().map(d -> new FrameworkDraft.DomainText(d.id, d.title.getValue(),
                        d.cells.stream().map(TextArea::getValue).toList())).toList());
    }

    /** Saves what is on the screen; then, if asked, publishes it. A refusal leaves everything typed on the screen. */
    private void save(boolean thenPublish) {
        hideProblem();
        Optional<FrameworkDraft> saved = attempt(() -> administration.save(edited()), () -> { });
        if (saved.isEmpty()) {
            return;
        }
        if (!thenPublish) {
            showVersion(saved.get());
            Told.saved("Draft saved.");
            return;
        }
        // a refused publication: the draft was saved as typed, so show it as saved (new rows now have ids, the lock
        // version moved on) before saying why
        boolean published = attempt(() -> {
            administration.publish(saved.get().id(), saved.get().lockVersion());
            return true;
        }, () -> showVersion(saved.get())).isPresent();
        if (published) {
            showVersion(administration.version(saved.get().id()));
            Told.saved("Published: INT leads can now choose it for an assessment.");
        }
    }

    private void discard() {
        hideProblem();
        boolean discarded = attempt(() -> {
            administration.discard(open.id(), open.lockVersion());
            return true;
        }, () -> { }).isPresent();
        if (discarded) {
            Told.saved("Draft discarded.");
            getUI().ifPresent(ui -> ui.navigate(ROUTE));
        }
    }

    /**
     * Runs one change of the draft. When someone else saved it first, the person is offered a reload; when it is
     * refused, {@code beforeTelling} runs and the reason is shown on the page. Either way what was typed stays on the
     * screen. Returns the change's result, or empty when it did not happen.
     */
    private <T> Optional<T> attempt(Supplier<T> change, Runnable beforeTelling) {
        try {
            return Optional.of(change.get());
        } catch (StaleRecordException stale) {
            StaleRecordNotice.show(stale, this::reload);
        } catch (RuntimeException refused) {
            beforeTelling.run();
            showProblem(refused);
        }
        return Optional.empty();
    }

    private void reload() {
        hideProblem();
        showVersion(administration.version(open.id()));
    }

    private void showProblem(RuntimeException refused) {
        Failures.Failure told = Failures.describe(refused);
        problem.setText(told.message());
        problem.setVisible(true);
    }

    private void hideProblem() {
        problem.setText("");
        problem.setVisible(false);
    }

    private static TextArea cell(String text) {
        TextArea area = new TextArea();
        area.setWidthFull();
        area.setValue(text == null ? "" : text);
        CharacterLimit.apply(area, MaturityDescriptor.DESCRIPTOR_LENGTH);
        return area;
    }

    private final class StageRow {
        final Long id;
        final TextField label = new TextField();
        final Button remove = new Button("Remove");

        StageRow(Long id, String text) {
            this.id = id;
            label.setValue(text == null ? "" : text);
            CharacterLimit.apply(label, MaturityStage.LABEL_LENGTH);
            // the descriptors' labels name the stage: keep them in step as it is renamed
            label.addValueChangeListener(e -> nameCells());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> removeStage(this));
        }
    }

    private final class DomainRow {
        final Long id;
        final TextField title = new TextField();
        final Button remove = new Button("Remove");
        final List<TextArea> cells = new ArrayList<>();

        DomainRow(Long id, String text) {
            this.id = id;
            title.setValue(text == null ? "" : text);
            title.setWidthFull();
            CharacterLimit.apply(title, MaturityDomain.TITLE_LENGTH);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> removeDomain(this));
        }
    }
}
