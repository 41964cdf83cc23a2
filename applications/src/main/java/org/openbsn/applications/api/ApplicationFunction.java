package org.openbsn.applications.api;

import java.util.List;

/** A function an application offers: the name callers use, the chaincode function it runs, and its type. */
public record ApplicationFunction(String name, String chaincodeFunction, FunctionType type) {

    /**
     * The functions of the base chaincode: set, update and delete write; get and getHistory read; events lets a role
     * subscribe to the event_set, event_update and event_delete events the writes raise.
     */
    public static List<ApplicationFunction> ofBaseChaincode() {
        return List.of(
                new ApplicationFunction("set", "set", FunctionType.INVOKE),
                new ApplicationFunction("update", "update", FunctionType.INVOKE),
                new ApplicationFunction("delete", "delete", FunctionType.INVOKE),
                new ApplicationFunction("get", "get", FunctionType.QUERY),
                new ApplicationFunction("getHistory", "getHistory", FunctionType.QUERY),
                new ApplicationFunction("events", "event_.*", FunctionType.EVENT));
    }
}
