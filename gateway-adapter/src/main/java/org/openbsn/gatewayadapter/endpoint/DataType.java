package org.openbsn.gatewayadapter.endpoint;

import java.util.Locale;

import org.openbsn.gatewayadapter.protocol.GatewayRefusal;

/**
 * The {@code dataType} of getTransdata and getBlockData. BSN's SDKs name only {@code "json"} (the
 * Java SDK's comment "Options as json"; the Python SDK's default); the other form BSN describes is
 * the raw protobuf message in Base64, which OpenBSN serves for {@code "protobuf"} and for an empty dataType.
 */
enum DataType {
    /** A decoded, readable JSON text ({@link TransactionJson}). */
    JSON,
    /** Base64 of the protobuf bytes: common.Envelope for a transaction, common.Block for a block. */
    PROTOBUF;

    static DataType of(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "", "protobuf" -> PROTOBUF;
            default -> throw new GatewayRefusal("body.dataType must be json or protobuf (empty means protobuf), not " + text);
        };
    }
}
