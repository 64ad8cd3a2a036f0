package org.neighbourhoodportal.workflow;

import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.FormDefinition;
import org.neighbourhoodportal.forms.Option;

/** A form ready to show: its definition, the choices it offers at run time, and the values it starts with. */
public record TaskForm(FormDefinition definition, Map<String, List<Option>> options, Map<String, Object> values) {

    public TaskForm(FormDefinition definition, Map<String, List<Option>> options) {
        this(definition, options, Map.of());
    }
}
