package org.openbsn.portal.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;

/** Shows the server's field-level refusals next to the fields they name. */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors register(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(String field, String message) {
        HasValidation component = fields.get(field);
        if (component == null) {
            PortalErrorHandler.show(Texts.field(field) + ": " + message);
            return;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
    }

    public void show(InvalidInputException invalid) {
        for (FieldViolation violation : invalid.violations()) {
            show(violation.field(), Texts.of(violation));
        }
    }
}
