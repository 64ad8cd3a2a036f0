package org.neighbourhoodportal.workflow;

import java.time.Instant;

/**
 * What someone entered in a form field that no feature keeps in its own columns (typically a field an analyst added
 * in Camunda Modeler), as it reads on the record's page.
 *
 * @param taskName    the step it was given in, e.g. "Write the response"
 * @param label       the field's label in the form version it was given with
 * @param answer      the answer in words: text as written, a choice by its label, Yes/No, a date as "3 Mar 2026"
 * @param formVersion the version of the form (the version of the process definition it was deployed with)
 * @param answeredBy  who gave it; "Someone no longer in the directory" when that person has gone
 */
public record FurtherAnswer(String taskName, String fieldKey, String label, String answer, String formKey,
                            int formVersion, String answeredBy, Instant answeredAt) {
}
