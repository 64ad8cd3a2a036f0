package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forms are versioned with the process: each deployment holds the forms deployed with its models, and a task shows
 * the form of the deployment its instance started on, even after a newer form was deployed.
 */
@PortalTest
class FormVersioningTests {

    private static final String PROCESS = "FormVersioningCheck";
    private static final String FORM = "form-versioning-check";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired FormCatalogue forms;

    private Deployment first;
    private Deployment second;

    @AfterEach
    void removeDeployments() {
        for (Deployment deployment : new Deployment[] {first, second}) {
            if (deployment != null) {
                repository.deleteDeployment(deployment.getId(), true);
            }
        }
    }

    @Test
    void an_instance_started_on_the_old_model_keeps_the_form_it_started_with() {
        first = deploy("What happened?");
        ProcessInstance oldOne = runtime.startProcessInstanceByKey(PROCESS);
        second = deploy("What happened, in your own words?");
        ProcessInstance newOne = runtime.startProcessInstanceByKey(PROCESS);

        assertThat(oldOne.getProcessDefinitionId()).isNotEqualTo(newOne.getProcessDefinitionId());
        assertThat(forms.form(FORM, oldOne.getProcessDefinitionId()).field("answer").orElseThrow().label())
                .isEqualTo("What happened?");
        assertThat(forms.form(FORM, newOne.getProcessDefinitionId()).field("answer").orElseThrow().label())
                .isEqualTo("What happened, in your own words?");
        assertThat(forms.version(newOne.getProcessDefinitionId()))
                .isEqualTo(forms.version(oldOne.getProcessDefinitionId()) + 1);
    }

    @Test
    void the_portals_own_forms_are_deployed_with_its_models() {
        ProcessDefinition feedback = repository.createProcessDefinitionQuery()
                .processDefinitionKey(PpgFeedbackProcess.KEY).latestVersion().singleResult();

        assertThat(repository.getDeploymentResourceNames(feedback.getDeploymentId()))
                .anyMatch(name -> name.endsWith("respond-to-feedback.form"))
                .anyMatch(name -> name.endsWith("PpgFeedbackProcess.bpmn"))
                .anyMatch(name -> name.endsWith("CoreSeatCoverage.dmn"));
        assertThat(forms.form(PpgFeedbackProcess.FORM_RESPOND_TO_FEEDBACK, feedback.getId()))
                .isEqualTo(forms.form(PpgFeedbackProcess.FORM_RESPOND_TO_FEEDBACK));
    }

    private Deployment deploy(String label) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent("Event_Started")
                .userTask("Task_Answer").camundaFormKey(FORM)
                .endEvent("Event_Done").done();
        String form = """
                {"components": [{"label": "%s", "type": "textarea", "id": "Field_0loe51q", "key": "answer"}],
                 "type": "default", "id": "%s", "schemaVersion": 19}
                """.formatted(label, FORM);
        return repository.createDeployment().name("form versioning check")
                .addModelInstance("processes/" + PROCESS + ".bpmn", model)
                .addString("forms/" + FORM + ".form", form)
                .deploy();
    }
}
