package org.neighbourhoodportal.workflow;

import java.util.List;

/**
 * A record's process as a picture, with where it is now.
 *
 * @param bpmnXml        the model the record's process runs on, from its deployment (BPMN 2.0 XML with its diagram)
 * @param currentSteps   the ids of the elements the process is at now, to highlight; empty once it has ended
 * @param currentNames   the names of those steps in plain words, the text alternative to the picture
 */
public record ProcessDiagram(String bpmnXml, List<String> currentSteps, List<String> currentNames) {

    public ProcessDiagram {
        currentSteps = List.copyOf(currentSteps);
        currentNames = List.copyOf(currentNames);
    }
}
