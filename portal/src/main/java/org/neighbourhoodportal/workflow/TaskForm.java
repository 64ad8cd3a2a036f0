package org.neighbourhoodportal.workflow;

import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.FormDefinition;
import org.neighbourhoodportal.forms.Option;

/** A form ready to show: its definition and the choices it offers at run time. */
public record TaskForm(FormDefinition definition, Map<String, List<Option>> options) {
}
