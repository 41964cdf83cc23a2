package org.openbsn.infra.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A reason kept in one text column of a read model: as JSON, read back as is when it is plain older text. */
public final class ReasonColumn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReasonColumn() {
    }

    public static String write(Reason reason) {
        if (reason == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(reason);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A reason could not be written as JSON", e);
        }
    }

    public static Reason read(String column) {
        if (column == null) {
            return null;
        }
        if (!column.startsWith("{")) {
            return Reason.verbatim(column);
        }
        try {
            return JSON.readValue(column, Reason.class);
        } catch (JsonProcessingException notJson) {
            return Reason.verbatim(column);
        }
    }
}
