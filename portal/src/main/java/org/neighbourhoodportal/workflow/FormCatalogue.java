package org.neighbourhoodportal.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neighbourhoodportal.forms.FormDefinition;
import org.neighbourhoodportal.forms.FormReader;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.FormValidator;
import org.neighbourhoodportal.forms.Option;
import org.springframework.stereotype.Component;

/**
 * The forms in {@code forms/}, read once and kept. Start forms (a feature's "new record" page) and task forms are
 * validated the same way, on the server, against the rules the form file declares.
 */
@Component
public class FormCatalogue {

    private final FormReader reader = new FormReader();
    private final FormValidator validator = new FormValidator();
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

    public FormDefinition form(String formKey) {
        return forms.computeIfAbsent(formKey, reader::load);
    }

    public FormSubmission validate(String formKey, Map<String, Object> raw, Map<String, List<Option>> options) {
        return validator.validate(form(formKey), raw, options);
    }
}
