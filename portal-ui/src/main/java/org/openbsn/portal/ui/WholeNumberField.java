package org.openbsn.portal.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * A whole number from {@code min} to {@code max}. Vaadin's IntegerField empties "1.5" or "1e9" in the browser and
 * cannot hold 23 digits, so the form could only say "Required"; this field keeps what was typed and says which
 * whole numbers it takes, through a Binder (as its default validator) or {@link #allWhole} for forms without one.
 */
public class WholeNumberField extends AbstractCompositeField<TextField, WholeNumberField, Integer>
        implements HasLabel, HasHelper, HasSize, HasValidation, HasValidator<Integer> {

    private final int min;
    private final int max;
    private final List<ValidationStatusChangeListener<Integer>> statusListeners = new ArrayList<>();
    private boolean problemShown;

    public WholeNumberField(String label, int min, int max) {
        super(null);
        this.min = min;
        this.max = max;
        TextField input = getContent();
        if (label != null) {
            input.setLabel(label);
        }
        input.setManualValidation(true); // whether the text is a whole number is this field's call, and the form's
        input.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showProblem();
            } else if (problemShown && problem().isEmpty()) {
                clearProblem();
            }
            setModelValue(parse(change.getValue()), change.isFromClient());
            // "1.5" after "abc" changes no value, yet a Binder must look again
            ValidationStatusChangeEvent<Integer> event = new ValidationStatusChangeEvent<>(this, problem().isEmpty());
            List.copyOf(statusListeners).forEach(listener -> listener.validationStatusChanged(event));
        });
    }

    public WholeNumberField(int min, int max) {
        this(null, min, max);
    }

    @Override
    protected TextField initContent() {
        return new TextField();
    }

    /** What is wrong with the text typed, in the person's language; nothing when it is empty or a whole number in range. */
    public Optional<String> problem() {
        String text = getContent().getValue().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Integer value = parse(text);
        if (value != null && value >= min && value <= max) {
            return Optional.empty();
        }
        return Optional.of(Texts.t("rule.range", min, max));
    }

    /** Marks every field whose text is not a whole number in its range; true when none is. */
    public static boolean allWhole(Collection<WholeNumberField> fields) {
        boolean whole = true;
        for (WholeNumberField field : fields) {
            whole &= !field.showProblem();
        }
        return whole;
    }

    private boolean showProblem() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            setErrorMessage(problem.get());
            setInvalid(true);
            problemShown = true;
        } else if (problemShown) {
            clearProblem();
        }
        return problem.isPresent();
    }

    private void clearProblem() {
        setInvalid(false);
        setErrorMessage(null);
        problemShown = false;
    }

    private static Integer parse(String text) {
        String stripped = text == null ? "" : text.strip();
        try {
            return stripped.isEmpty() ? null : Integer.valueOf(stripped);
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }

    @Override
    protected void setPresentationValue(Integer value) {
        getContent().setValue(value == null ? "" : value.toString());
    }

    @Override
    public Validator<Integer> getDefaultValidator() {
        return (value, context) -> problem().map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<Integer> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    public void setValueChangeMode(ValueChangeMode mode) {
        getContent().setValueChangeMode(mode);
    }

    public void setAriaLabel(String label) {
        getContent().setAriaLabel(label);
    }

    @Override
    public void setErrorMessage(String message) {
        getContent().setErrorMessage(message);
    }

    @Override
    public String getErrorMessage() {
        return getContent().getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        getContent().setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return getContent().isInvalid();
    }
}
