package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Every form is read when the portal starts, and a form the portal cannot use stops it with the file and the field
 * named, in words an analyst who edited it in Camunda Modeler can act on.
 */
class FormStartUpCheckTests {

    private final FormCatalogue catalogue = new FormCatalogue(null);

    @Test
    void the_start_up_check_reads_every_form_the_processes_use() {
        assertThat(catalogue.checkEveryForm()).contains(PpgFeedbackProcess.FORM_SUBMIT_FEEDBACK,
                PpgFeedbackProcess.FORM_RESPOND_TO_FEEDBACK, PpgProposalProcess.FORM_GIVE_VIEW_ON_PROPOSAL,
                MonthlyHighlightReport.FORM_APPROVE_HIGHLIGHT_REPORT);
    }

    @Test
    void a_form_the_portal_cannot_use_stops_it_naming_the_file_and_the_field() {
        Resource broken = form("route-feedback.form", """
                {"type": "default", "id": "route-feedback", "schemaVersion": 19, "components": [
                  {"type": "textfield", "id": "Field_0loe51q", "key": "note", "label": "=concat(\\"Note\\")"}]}
                """);

        assertThatThrownBy(() -> catalogue.checkEveryForm(new Resource[] {broken}))
                .isInstanceOf(UnusableFormException.class)
                .hasMessageStartingWith("The form file forms/definitions/route-feedback.form cannot be used.")
                .hasMessageContaining("field 'note' has a label that is an expression");
    }

    @Test
    void spring_boots_start_up_report_says_which_file_and_what_to_do() throws java.io.IOException {
        Resource broken = form("give-view-on-proposal.form", """
                {"type": "default", "id": "give-view-on-proposal", "components": [
                  {"type": "taglist", "id": "Field_1x2y3z4", "key": "tags", "label": "Tags", "values": []}]}
                """);
        UnusableFormException unusable = null;
        try {
            catalogue.checkEveryForm(new Resource[] {broken});
        } catch (UnusableFormException e) {
            unusable = e;
        }

        FailureAnalysis analysis = new FormFailureAnalyzer()
                .analyze(new BeanCreationException("formCatalogue", "Init failed", unusable));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("forms/definitions/give-view-on-proposal.form",
                "field 'tags' has type 'taglist'");
        assertThat(analysis.getAction()).contains("Camunda Modeler", "forms/definitions/give-view-on-proposal.form");
        StringBuilder factories = new StringBuilder();
        for (var url : java.util.Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            try (var in = url.openStream()) {
                factories.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        assertThat(factories.toString()).as("registered with Spring Boot")
                .contains(FailureAnalyzer.class.getName() + "=", FormFailureAnalyzer.class.getName());
    }

    private static Resource form(String fileName, String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }
}
