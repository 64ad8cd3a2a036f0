package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.forms.FieldType;
import org.neighbourhoodportal.forms.FormDefinition;
import org.neighbourhoodportal.forms.FormField;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.ui.BrowserDrafts;
import org.neighbourhoodportal.ui.CharacterLimit;

/**
 * Draws a form from its {@code forms/} file with Vaadin's free components. It only collects values: the server
 * validates them against the same file (the browser is never trusted), and this shows the errors it returns.
 * Fields with a hide condition appear and disappear as the person fills the form in.
 */
public class FormRenderer extends VerticalLayout {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<FormField, Component> components = new LinkedHashMap<>();
    private final Map<String, HasValue<?, String>> texts = new LinkedHashMap<>();

    public FormRenderer(FormDefinition form, Map<String, List<Option>> runtimeOptions) {
        this(form, runtimeOptions, Map.of());
    }

    /** @param initialValues values to start with, by field key; they win over the form's own defaults */
    public FormRenderer(FormDefinition form, Map<String, List<Option>> runtimeOptions,
                        Map<String, Object> initialValues) {
        setPadding(false);
        setSpacing(true);
        setId("form-" + form.key());
        for (FormField field : form.fields()) {
            Object initial = field.key() == null ? null : initialValues.get(field.key());
            Component component = create(field, field.options(runtimeOptions), initial);
            components.put(field, component);
            add(component);
        }
        fields.values().forEach(f -> f.addValueChangeListener(e -> applyConditions()));
        applyConditions();
    }

    /** The values as entered; the server decides what they mean. */
    public Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        fields.forEach((key, field) -> {
            Object value = field.getValue();
            if (value instanceof Option option) {
                value = option.value();
            } else if (value instanceof Set<?> set) {
                value = set.stream().map(o -> ((Option) o).value()).toList();
            }
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }

    /**
     * Keeps what is typed into the form's text fields in the person's browser until it is sent, and puts it back
     * when they return to the form (see {@link BrowserDrafts}).
     *
     * @param draftKey from {@link BrowserDrafts#key(long, String)}, one per person and form
     */
    public void keepDraft(String draftKey) {
        BrowserDrafts.keep(this, draftKey, texts);
    }

    /** Marks each field the server refused, with its reason; clears the rest. */
    public void showErrors(List<FieldError> errors) {
        Map<String, String> byKey = errors.stream()
                .collect(Collectors.toMap(FieldError::key, FieldError::message, (a, b) -> a));
        fields.forEach((key, field) -> {
            if (field instanceof HasValidation validation) {
                String message = byKey.get(key);
                validation.setErrorMessage(message);
                validation.setInvalid(message != null);
            }
        });
    }

    private Component create(FormField field, List<Option> options, Object initialValue) {
        Component component = switch (field.type()) {
            case STATIC_TEXT -> new Paragraph(field.text());
            case TEXT -> {
                TextField text = new TextField(field.label());
                if (field.key() != null) texts.put(field.key(), text);
                yield text;
            }
            case TEXTAREA -> {
                TextArea area = new TextArea(field.label());
                if (field.key() != null) texts.put(field.key(), area);
                area.setMinHeight("8em");
                yield area;
            }
            case SELECT -> {
                ComboBox<Option> combo = new ComboBox<>(field.label(), options);
                combo.setItemLabelGenerator(Option::label);
                combo.setAllowCustomValue(false);
                yield combo;
            }
            case RADIO -> {
                RadioButtonGroup<Option> radio = new RadioButtonGroup<>(field.label(), options);
                radio.setItemLabelGenerator(Option::label);
                radio.addClassName("vertical-radio");
                radio.getElement().setAttribute("theme", "vertical");
                yield radio;
            }
            case CHECKBOX -> new Checkbox(field.label());
            case CHECKLIST -> {
                CheckboxGroup<Option> group = new CheckboxGroup<>(field.label(), options);
                group.setItemLabelGenerator(Option::label);
                yield group;
            }
            case NUMBER -> {
                if (field.isIntegral()) {
                    IntegerField number = new IntegerField(field.label());
                    if (field.min() != null) number.setMin(field.min().intValue());
                    if (field.max() != null) number.setMax(field.max().intValue());
                    yield number;
                }
                yield new BigDecimalField(field.label());
            }
            case DATE -> {
                DatePicker date = new DatePicker(field.label());
                date.setLocale(Locale.UK);
                yield date;
            }
        };
        if (field.key() != null) {
            component.setId("field-" + field.key());
            @SuppressWarnings("unchecked")
            HasValue<?, Object> value = (HasValue<?, Object>) component;
            fields.put(field.key(), value);
            value.setRequiredIndicatorVisible(field.required());
            if (field.required() && component instanceof CheckboxGroup<?> group) {
                withoutAriaRequired(group);
            }
            prefill(field, value, options, initialValue == null ? field.defaultValue() : initialValue);
        }
        if (component instanceof HasHelper helper && field.description() != null) {
            helper.setHelperText(field.description());
        }
        // no maxlength in the browser: it would cut a paste silently; the count shows the limit instead
        if (field.maxLength() != null && component instanceof TextField text) {
            CharacterLimit.apply(text, field.maxLength());
        } else if (field.maxLength() != null && component instanceof TextArea area) {
            CharacterLimit.apply(area, field.maxLength());
        }
        if (component instanceof HasSize sized && field.type() != FieldType.CHECKBOX) {
            sized.setWidthFull();
            sized.setMaxWidth("44rem");
        }
        return component;
    }

    /**
     * A required checkbox group marks itself {@code aria-required}, which its {@code group} role does not allow (axe's
     * aria-allowed-attr, critical; vaadin/web-components#2931): take it off each time the group is shown. The
     * indicator beside the label stays, and the server says "choose at least one" when none is ticked.
     */
    private static void withoutAriaRequired(CheckboxGroup<?> group) {
        group.addAttachListener(e -> group.getElement().executeJs("const off = () => this.removeAttribute("
                + "'aria-required'); off(); if (this.updateComplete) { this.updateComplete.then(off); }"
                + " requestAnimationFrame(off);"));
    }

    private static void prefill(FormField field, HasValue<?, Object> value, List<Option> options, Object initial) {
        if (initial == null) {
            return;
        }
        switch (field.type()) {
            case SELECT, RADIO -> options.stream().filter(o -> o.value().equals(initial.toString())).findFirst()
                    .ifPresent(value::setValue);
            case CHECKBOX -> value.setValue(Boolean.TRUE.equals(initial));
            // a checklist starts with the options whose values it is given (e.g. every nomination ticked)
            case CHECKLIST -> {
                if (initial instanceof java.util.Collection<?> chosen) {
                    Set<String> keys = chosen.stream().map(String::valueOf).collect(Collectors.toSet());
                    value.setValue(options.stream().filter(o -> keys.contains(o.value()))
                            .collect(Collectors.toCollection(LinkedHashSet::new)));
                }
            }
            case TEXT, TEXTAREA -> value.setValue(initial.toString());
            case NUMBER -> value.setValue(field.isIntegral() ? ((Number) initial).intValue()
                    : initial instanceof BigDecimal decimal ? decimal : new BigDecimal(initial.toString()));
            case DATE -> value.setValue(initial instanceof java.time.LocalDate date ? date
                    : java.time.LocalDate.parse(initial.toString()));
            default -> { }
        }
    }

    private void applyConditions() {
        Map<String, Object> current = values();
        Set<String> hidden = new LinkedHashSet<>();
        components.forEach((field, component) -> {
            boolean hide = field.hideWhen() != null && field.hideWhen().test(current);
            component.setVisible(!hide);
            if (hide && field.key() != null) {
                hidden.add(field.key());
            }
        });
        if (!hidden.isEmpty()) {
            // a hidden field is neither checked nor kept: clear any old error on it
            fields.forEach((key, field) -> {
                if (hidden.contains(key) && field instanceof HasValidation validation) {
                    validation.setInvalid(false);
                }
            });
        }
    }
}
