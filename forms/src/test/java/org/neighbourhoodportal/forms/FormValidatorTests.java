package org.neighbourhoodportal.forms;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class FormValidatorTests {

    private static final FormReader READER = new FormReader();
    private static final Map<String, List<Option>> PPGS = Map.of("ppgs", List.of(
            new Option("ppg-7", "Market Harborough Medical Centre PPG"),
            new Option("ppg-9", "Lutterworth PPG")));
    private static final Map<String, List<Option>> ORGANISATIONS = Map.of("organisations", List.of(
            new Option("org-3", "Voluntary Action South Leicestershire")));

    /** A form for the rules the portal's own forms do not use (yet). */
    private static final FormDefinition RULES = READER.read("rules", new ByteArrayInputStream("""
            {"type": "default", "id": "rules", "schemaVersion": 16, "components": [
              {"type": "textfield", "id": "Field_postcode", "key": "postcode", "label": "Postcode",
               "validate": {"minLength": 5, "maxLength": 8, "pattern": "[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}"}},
              {"type": "checklist", "id": "Field_days", "key": "days", "label": "Days", "validate": {"required": true},
               "values": [{"label": "Monday", "value": "mon"}, {"label": "Tuesday", "value": "tue"}]},
              {"type": "checklist", "id": "Field_extras", "key": "extras", "label": "Extras",
               "values": [{"label": "Tea", "value": "tea"}]},
              {"type": "number", "id": "Field_hours", "key": "hours", "label": "Hours", "decimalDigits": 2,
               "validate": {"min": 0.5, "max": 37.5}},
              {"type": "number", "id": "Field_ratio", "key": "ratio", "label": "Ratio"},
              {"type": "select", "id": "Field_venue", "key": "venue", "label": "Venue", "valuesKey": "venues",
               "values": [{"label": "Online", "value": "online"}]},
              {"type": "checkbox", "id": "Field_agreed", "key": "agreed", "label": "I agree",
               "validate": {"required": true}},
              {"type": "datetime", "id": "Field_meetsOn", "key": "meetsOn", "dateLabel": "Meets on",
               "subtype": "date"},
              {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name",
               "validate": {"required": true, "maxLength": 50}},
              {"type": "textfield", "id": "Field_detail", "key": "detail", "label": "Detail",
               "validate": {"required": true, "maxLength": 50}, "conditional": {"hide": "=not(name)"}},
              {"type": "textfield", "id": "Field_more", "key": "more", "label": "More",
               "validate": {"required": true, "maxLength": 50}, "conditional": {"hide": "=not(detail)"}}
            ]}
            """.getBytes(StandardCharsets.UTF_8)));

    private final FormValidator validator = new FormValidator();

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static Map<String, Object> validRules(Object... overrides) {
        Map<String, Object> values = values("days", List.of("mon"), "agreed", true, "name", "Ann",
                "detail", "d", "more", "m");
        values.putAll(values(overrides));
        return values;
    }

    private FormSubmission rules(Object... overrides) {
        return validator.validate(RULES, validRules(overrides), Map.of("venues", List.of(new Option("hall", "Hall"))));
    }

    private static Map<String, Object> validFeedback() {
        return values("ppgId", "ppg-7", "theme", "appointments", "summary", "Phone queue at 8am",
                "patientsSaid", "People wait 40 minutes on the phone.", "mayContact", true);
    }

    @Nested
    class Submitting_feedback {

        private final FormDefinition form = READER.load("submit-feedback");

        @Test
        void a_complete_submission_is_accepted_with_clean_typed_values() {
            FormSubmission submission = validator.validate(form, validFeedback(), PPGS);

            assertThat(submission.isValid()).isTrue();
            assertThat(submission.errors()).isEmpty();
            assertThat(submission.values()).containsExactly(
                    entry("ppgId", "ppg-7"),
                    entry("theme", "appointments"),
                    entry("summary", "Phone queue at 8am"),
                    entry("patientsSaid", "People wait 40 minutes on the phone."),
                    entry("mayContact", true));
        }

        @Test
        void feedback_without_what_patients_said_is_refused_in_plain_words() {
            Map<String, Object> raw = validFeedback();
            raw.put("patientsSaid", "   ");

            FormSubmission submission = validator.validate(form, raw, PPGS);

            assertThat(submission.isValid()).isFalse();
            assertThat(submission.errors()).containsExactly(new FieldError("patientsSaid",
                    "What did patients tell you?", "Please enter what patients told you."));
            assertThat(submission.values()).doesNotContainKey("patientsSaid");
        }

        @Test
        void text_longer_than_the_form_allows_is_refused() {
            Map<String, Object> raw = validFeedback();
            raw.put("patientsSaid", "x".repeat(4001));

            assertThat(validator.validate(form, raw, PPGS).errors()).containsExactly(new FieldError("patientsSaid",
                    "What did patients tell you?", "Must be 4000 characters or fewer."));
        }

        @Test
        void text_exactly_at_the_limit_is_accepted_and_surrounding_spaces_do_not_count() {
            Map<String, Object> raw = validFeedback();
            raw.put("patientsSaid", "  " + "x".repeat(4000) + "\n");

            FormSubmission submission = validator.validate(form, raw, PPGS);

            assertThat(submission.isValid()).isTrue();
            assertThat(submission.values().get("patientsSaid")).isEqualTo("x".repeat(4000));
        }

        @Test
        void a_group_that_was_not_offered_is_refused_because_the_browser_is_never_trusted() {
            Map<String, Object> raw = validFeedback();
            raw.put("ppgId", "ppg-someone-elses");

            assertThat(validator.validate(form, raw, PPGS).errors()).containsExactly(new FieldError("ppgId",
                    "Your Patient Participation Group", "Choose one of the options listed."));
        }

        @Test
        void without_runtime_options_no_group_is_accepted() {
            assertThat(validator.validate(form, validFeedback(), Map.of()).errors())
                    .extracting(FieldError::key).containsExactly("ppgId");
            assertThat(validator.validate(form, validFeedback(), null).errors())
                    .extracting(FieldError::key).containsExactly("ppgId");
        }

        @Test
        void a_theme_that_is_not_one_of_the_static_options_is_refused() {
            Map<String, Object> raw = validFeedback();
            raw.put("theme", "Getting an appointment");

            assertThat(validator.validate(form, raw, PPGS).errors()).extracting(FieldError::message)
                    .containsExactly("Choose one of the options listed.");
        }

        @Test
        void a_choice_that_is_not_text_is_refused() {
            Map<String, Object> raw = validFeedback();
            raw.put("theme", List.of("appointments"));

            assertThat(validator.validate(form, raw, PPGS).errors()).extracting(FieldError::key)
                    .containsExactly("theme");
        }

        @Test
        void keys_the_form_does_not_declare_are_dropped() {
            Map<String, Object> raw = validFeedback();
            raw.put("status", "closed");
            raw.put("ppgApproved", true);

            FormSubmission submission = validator.validate(form, raw, PPGS);

            assertThat(submission.isValid()).isTrue();
            assertThat(submission.values()).doesNotContainKeys("status", "ppgApproved");
        }

        @Test
        void an_unticked_checkbox_is_false_and_ticked_can_arrive_as_text() {
            Map<String, Object> raw = validFeedback();
            raw.remove("mayContact");
            assertThat(validator.validate(form, raw, PPGS).values()).containsEntry("mayContact", false);

            raw.put("mayContact", "TRUE");
            assertThat(validator.validate(form, raw, PPGS).values()).containsEntry("mayContact", true);
        }

        @Test
        void a_checkbox_value_that_is_neither_ticked_nor_unticked_is_refused() {
            Map<String, Object> raw = validFeedback();
            raw.put("mayContact", "perhaps");

            assertThat(validator.validate(form, raw, PPGS).errors()).extracting(FieldError::key)
                    .containsExactly("mayContact");
        }

        @Test
        void a_value_that_is_not_text_in_a_text_box_is_refused() {
            Map<String, Object> raw = validFeedback();
            raw.put("summary", 42);

            assertThat(validator.validate(form, raw, PPGS).errors()).extracting(FieldError::message)
                    .containsExactly("Please enter text here.");
        }

        @Test
        void every_missing_required_field_is_reported_at_once_in_form_order() {
            FormSubmission submission = validator.validate(form, Map.of(), PPGS);

            assertThat(submission.errors()).extracting(FieldError::key)
                    .containsExactly("ppgId", "theme", "summary", "patientsSaid");
            assertThat(submission.values()).containsOnly(entry("mayContact", false));
        }
    }

    @Nested
    class Routing_feedback {

        private final FormDefinition form = READER.load("route-feedback");

        @Test
        void a_referral_needs_an_organisation() {
            FormSubmission submission = validator.validate(form, values("route", "refer"), ORGANISATIONS);

            assertThat(submission.errors()).containsExactly(new FieldError("referredOrganisationId",
                    "Which organisation?", "Please choose the organisation to refer this to."));
        }

        @Test
        void a_referral_to_an_offered_organisation_is_accepted() {
            FormSubmission submission = validator.validate(form,
                    values("route", "refer", "referredOrganisationId", "org-3"), ORGANISATIONS);

            assertThat(submission.isValid()).isTrue();
            assertThat(submission.values()).containsExactly(
                    entry("route", "refer"), entry("referredOrganisationId", "org-3"));
        }

        @Test
        void a_referral_to_an_organisation_that_was_not_offered_is_refused() {
            FormSubmission submission = validator.validate(form,
                    values("route", "refer", "referredOrganisationId", "org-99"), ORGANISATIONS);

            assertThat(submission.errors()).extracting(FieldError::message)
                    .containsExactly("Choose one of the options listed.");
        }

        @Test
        void the_hidden_organisation_is_neither_checked_nor_kept_when_answering_directly() {
            FormSubmission submission = validator.validate(form,
                    values("route", "answer", "referredOrganisationId", "org-99", "routingNote", " "), ORGANISATIONS);

            assertThat(submission.isValid()).isTrue();
            assertThat(submission.values()).containsExactly(entry("route", "answer"));
        }

        @Test
        void a_route_that_is_not_offered_is_refused() {
            FormSubmission submission = validator.validate(form, values("route", "ignore"), ORGANISATIONS);

            assertThat(submission.errors()).extracting(FieldError::key).containsExactly("route");
        }
    }

    @Nested
    class Confirming_the_outcome {

        private final FormDefinition form = READER.load("confirm-feedback-outcome");

        @Test
        void a_reopen_without_a_reason_is_refused() {
            FormSubmission submission = validator.validate(form, values("outcome", "reopen", "reopenReason", ""),
                    Map.of());

            assertThat(submission.errors()).containsExactly(new FieldError("reopenReason",
                    "What still needs to happen?", "Please say what still needs to happen."));
        }

        @Test
        void a_reopen_with_a_reason_is_accepted() {
            FormSubmission submission = validator.validate(form,
                    values("outcome", "reopen", "reopenReason", "The phone line is still busy."), Map.of());

            assertThat(submission.values()).containsExactly(
                    entry("outcome", "reopen"), entry("reopenReason", "The phone line is still busy."));
        }

        @Test
        void closing_needs_no_reason_and_a_stray_one_is_dropped() {
            FormSubmission submission = validator.validate(form,
                    values("outcome", "closed", "reopenReason", "x".repeat(5000)), Map.of());

            assertThat(submission.isValid()).isTrue();
            assertThat(submission.values()).containsExactly(entry("outcome", "closed"));
        }

        @Test
        void a_missing_outcome_is_refused_and_its_reason_is_hidden() {
            FormSubmission submission = validator.validate(form, Map.of(), Map.of());

            assertThat(submission.errors()).extracting(FieldError::key).containsExactly("outcome");
        }
    }

    @Nested
    class Numbers {

        private final FormDefinition form = READER.load("give-view-on-proposal");

        private FormSubmission view(Object peopleConsulted) {
            return validator.validate(form, values("view", "support", "comments", "Good idea.",
                    "peopleConsulted", peopleConsulted), Map.of());
        }

        @Test
        void a_whole_number_field_gives_a_long_from_a_number_or_numeric_text() {
            assertThat(view(12).values()).containsEntry("peopleConsulted", 12L);
            assertThat(view(" 12 ").values()).containsEntry("peopleConsulted", 12L);
            assertThat(view(new BigDecimal("12.00")).values()).containsEntry("peopleConsulted", 12L);
            assertThat(view(BigInteger.valueOf(100000)).values()).containsEntry("peopleConsulted", 100000L);
            assertThat(view(0).values()).containsEntry("peopleConsulted", 0L);
        }

        @Test
        void an_empty_optional_number_is_absent() {
            assertThat(view("").isValid()).isTrue();
            assertThat(view("").values()).doesNotContainKey("peopleConsulted");
            assertThat(view(null).values()).doesNotContainKey("peopleConsulted");
        }

        @Test
        void a_number_below_the_minimum_is_refused() {
            assertThat(view(-1).errors()).containsExactly(new FieldError("peopleConsulted",
                    "How many patients or PPG members did you hear from?", "Must be at least 0."));
        }

        @Test
        void a_number_above_the_maximum_is_refused() {
            assertThat(view(100001).errors()).extracting(FieldError::message).containsExactly("Must be 100000 or less.");
        }

        @Test
        void a_fraction_in_a_whole_number_field_is_refused() {
            assertThat(view("2.5").errors()).extracting(FieldError::message).containsExactly("Enter a whole number.");
            assertThat(view(2.5d).errors()).extracting(FieldError::message).containsExactly("Enter a whole number.");
        }

        @Test
        void text_that_is_not_a_number_is_refused() {
            assertThat(view("twelve").errors()).extracting(FieldError::message)
                    .containsExactly("Enter a number, for example 12.");
            assertThat(view("1e3").errors()).extracting(FieldError::key).containsExactly("peopleConsulted");
            assertThat(view(Double.NaN).errors()).extracting(FieldError::key).containsExactly("peopleConsulted");
            assertThat(view(true).errors()).extracting(FieldError::key).containsExactly("peopleConsulted");
        }

        @Test
        void a_decimal_field_gives_a_big_decimal_within_its_limits_and_decimal_places() {
            assertThat(rules("hours", "7.25").values()).containsEntry("hours", new BigDecimal("7.25"));
            assertThat(rules("hours", 7.5d).values()).containsEntry("hours", new BigDecimal("7.5"));
            assertThat(rules("ratio", 3).values()).containsEntry("ratio", BigDecimal.valueOf(3));
            assertThat(rules("hours", "7.255").errors()).extracting(FieldError::message)
                    .containsExactly("Use no more than 2 decimal places.");
            assertThat(rules("hours", "0.25").errors()).extracting(FieldError::message)
                    .containsExactly("Must be at least 0.5.");
            assertThat(rules("hours", 40).errors()).extracting(FieldError::message)
                    .containsExactly("Must be 37.5 or less.");
        }
    }

    @Nested
    class Dates {

        private final FormDefinition form = READER.load("share-proposal");

        private FormSubmission proposal(Object closesOn) {
            return validator.validate(form, values("teamId", "7", "title", "Extended hours hub",
                    "proposal", "Open on Saturdays.", "closesOn", closesOn),
                    Map.of("teams", List.of(new Option("7", "Harborough INT"))));
        }

        @Test
        void a_date_arrives_as_a_local_date_or_iso_text() {
            assertThat(proposal(LocalDate.of(2026, 3, 31)).values())
                    .containsEntry("closesOn", LocalDate.of(2026, 3, 31));
            assertThat(proposal("2026-03-31").values()).containsEntry("closesOn", LocalDate.of(2026, 3, 31));
        }

        @Test
        void a_missing_required_date_is_refused() {
            assertThat(proposal(null).errors()).containsExactly(new FieldError("closesOn", "Views needed by",
                    "Please choose the date you need views by."));
            assertThat(rules("meetsOn", "").isValid()).isTrue();
        }

        @Test
        void text_that_is_not_an_iso_date_or_not_a_real_date_is_refused() {
            assertThat(proposal("31/03/2026").errors()).extracting(FieldError::key).containsExactly("closesOn");
            assertThat(proposal("2026-02-30").errors()).extracting(FieldError::message)
                    .containsExactly("Enter a real date, for example 2026-03-31.");
            assertThat(proposal(20260331).errors()).extracting(FieldError::key).containsExactly("closesOn");
        }

        @Test
        void a_date_field_without_a_custom_message_asks_for_a_date() {
            FormDefinition plain = READER.read("plain-date", new ByteArrayInputStream("""
                    {"components": [{"type": "datetime", "id": "Field_on", "key": "on", "dateLabel": "On",
                      "subtype": "date", "validate": {"required": true}}]}
                    """.getBytes(StandardCharsets.UTF_8)));

            assertThat(validator.validate(plain, Map.of(), Map.of()).errors()).extracting(FieldError::message)
                    .containsExactly("Enter a date.");
        }
    }

    @Nested
    class Other_rules {

        @Test
        void the_valid_baseline_passes() {
            FormSubmission submission = rules();

            assertThat(submission.isValid()).isTrue();
            assertThat(submission.values()).containsExactly(
                    entry("days", List.of("mon")), entry("extras", List.of()), entry("agreed", true),
                    entry("name", "Ann"), entry("detail", "d"), entry("more", "m"));
        }

        @Test
        void a_pattern_is_looked_for_in_the_value_as_form_js_does_unless_anchored() {
            // form-js checks new RegExp(pattern).test(value): the pattern may match part of the value.
            FormDefinition form = READER.read("patterns", new ByteArrayInputStream("""
                    {"type": "default", "id": "patterns", "components": [
                      {"type": "textfield", "id": "Field_0aa", "key": "loose", "label": "Loose",
                       "validate": {"pattern": "[0-9]{3}"}},
                      {"type": "textfield", "id": "Field_0bb", "key": "anchored", "label": "Anchored",
                       "validate": {"pattern": "^[0-9]{3}$"}}
                    ]}
                    """.getBytes(StandardCharsets.UTF_8)));

            assertThat(validator.validate(form, values("loose", "room 101, first floor"), Map.of()).values())
                    .containsEntry("loose", "room 101, first floor");
            assertThat(validator.validate(form, values("loose", "room ten"), Map.of()).errors())
                    .extracting(FieldError::key).containsExactly("loose");
            assertThat(validator.validate(form, values("anchored", "101"), Map.of()).values())
                    .containsEntry("anchored", "101");
            assertThat(validator.validate(form, values("anchored", "room 101"), Map.of()).errors())
                    .extracting(FieldError::message).containsExactly("This is not in the expected format.");
        }

        @Test
        void a_pattern_without_anchors_still_refuses_values_with_no_match_at_all() {
            assertThat(rules("postcode", "LE16 7BN").values()).containsEntry("postcode", "LE16 7BN");
            assertThat(rules("postcode", "LE16 7BNX").errors()).extracting(FieldError::key)
                    .containsExactly("postcode");
            assertThat(rules("postcode", "le16 7bn").errors()).extracting(FieldError::message)
                    .containsExactly("This is not in the expected format.");
        }

        @Test
        void text_shorter_than_the_minimum_is_refused() {
            assertThat(rules("postcode", "L1 1").errors()).extracting(FieldError::message)
                    .containsExactly("Must be at least 5 characters.");
        }

        @Test
        void a_checklist_keeps_offered_values_in_order_without_repeats() {
            assertThat(rules("days", List.of("tue", " mon", "tue")).values())
                    .containsEntry("days", List.of("tue", "mon"));
            assertThat(rules("days", new String[] {"mon"}).values()).containsEntry("days", List.of("mon"));
        }

        @Test
        void a_checklist_with_a_value_that_was_not_offered_is_refused() {
            assertThat(rules("days", List.of("mon", "sun")).errors()).extracting(FieldError::message)
                    .containsExactly("Choose only from the options listed.");
            assertThat(rules("days", "mon").errors()).extracting(FieldError::key).containsExactly("days");
        }

        @Test
        void a_required_checklist_needs_at_least_one_choice() {
            assertThat(rules("days", List.of()).errors()).extracting(FieldError::message)
                    .containsExactly("Please choose at least one option.");
        }

        @Test
        void a_required_checkbox_must_be_ticked() {
            assertThat(rules("agreed", false).errors()).containsExactly(
                    new FieldError("agreed", "I agree", "Please tick this box to continue."));
            assertThat(rules("agreed", null).errors()).extracting(FieldError::key).containsExactly("agreed");
        }

        @Test
        void static_and_runtime_options_are_both_accepted_and_nothing_else() {
            assertThat(rules("venue", "online").values()).containsEntry("venue", "online");
            assertThat(rules("venue", "hall").values()).containsEntry("venue", "hall");
            assertThat(rules("venue", "pub").errors()).extracting(FieldError::key).containsExactly("venue");
        }

        @Test
        void a_required_field_without_a_custom_message_gets_a_plain_one() {
            assertThat(rules("name", "").errors()).extracting(FieldError::message)
                    .containsExactly("Please fill this in.");
        }

        @Test
        void a_field_hidden_behind_a_hidden_field_is_hidden_too() {
            FormSubmission submission = rules("name", null, "detail", "shown?", "more", "");

            assertThat(submission.errors()).extracting(FieldError::key).containsExactly("name");
            assertThat(submission.values()).doesNotContainKeys("detail", "more");
        }

        @Test
        void static_text_never_produces_a_value() {
            FormDefinition form = READER.load("acknowledge-feedback");
            assertThat(form.fields()).extracting(FormField::type).contains(FieldType.STATIC_TEXT);
            Map<String, Object> raw = values("acknowledgement", "Thank you, we have it.",
                    "Text_acknowledgementIsShared", "injected");
            raw.put(null, "injected under the key static text does not have");

            FormSubmission submission = validator.validate(form, raw, Map.of());

            assertThat(submission.values()).containsExactly(entry("acknowledgement", "Thank you, we have it."));
        }

        @Test
        void the_clean_values_cannot_be_changed_afterwards() {
            FormSubmission submission = rules();

            assertThatThrownBy(() -> submission.values().put("x", 1))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
