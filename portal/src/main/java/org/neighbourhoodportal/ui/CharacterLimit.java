package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A text limit the person can see: the field counts the characters as they type and, past the limit, says by how
 * much, instead of the browser's {@code maxlength} silently dropping the end of a paste. The service still refuses
 * text over the limit; this only makes the refusal visible before they press the button. Counts trimmed text, as
 * the services do.
 */
public final class CharacterLimit {

    private CharacterLimit() {
    }

    /**
     * Shows the count under the field (after any helper text it has) and marks it invalid while over the limit.
     * Call after setting the field's helper text.
     */
    public static <F extends Component & HasValue<?, String> & HasHelper & HasValidation & HasValueChangeMode>
            void apply(F field, int limit) {
        String helper = field.getHelperText();
        Span count = new Span();
        count.addClassName("character-count");
        field.setHelperComponent(helper == null || helper.isBlank() ? new Div(count)
                : new Div(new Div(helper), count));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.getElement().setAttribute("data-character-limit", Integer.toString(limit));
        // the portal decides when the field is invalid; Vaadin's own checks would clear the mark on the next change
        if (field instanceof TextArea area) {
            area.setManualValidation(true);
        } else if (field instanceof TextField text) {
            text.setManualValidation(true);
        }
        show(field, count, limit);
        field.addValueChangeListener(e -> show(field, count, limit));
    }

    /** Whether the field's text is within its limit, as counted here. */
    public static boolean fits(String text, int limit) {
        return length(text) <= limit;
    }

    private static <F extends HasValue<?, String> & HasValidation> void show(F field, Span count, int limit) {
        int length = length(field.getValue());
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.UK);
        count.setText(numbers.format(length) + " of " + numbers.format(limit) + " characters");
        if (length > limit) {
            field.setErrorMessage("This is " + numbers.format(length) + " characters; the limit is "
                    + numbers.format(limit) + ". Please shorten it by " + numbers.format(length - limit) + ".");
            field.setInvalid(true);
            count.addClassName("over");
        } else if (count.hasClassName("over")) {
            // clears only the error this set; a server's refusal for another reason stays until the next submit
            count.removeClassName("over");
            field.setInvalid(false);
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.trim().length();
    }
}
