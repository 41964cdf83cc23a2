package org.openbsn.gatewayadapter.api;

import java.util.List;

/** A function an application offers: the name callers use, the chaincode function it runs, and its type. */
public record GatewayFunction(String name, String chaincodeFunction, FunctionType type) {

    /** The functions of the base chaincode: set, update and delete write; get and getHistory read. */
    public static List<GatewayFunction> ofBaseChaincode() {
        return List.of(
                new GatewayFunction("set", "set", FunctionType.INVOKE),
                new GatewayFunction("update", "update", FunctionType.INVOKE),
                new GatewayFunction("delete", "delete", FunctionType.INVOKE),
                new GatewayFunction("get", "get", FunctionType.QUERY),
                new GatewayFunction("getHistory", "getHistory", FunctionType.QUERY));
    }
}
