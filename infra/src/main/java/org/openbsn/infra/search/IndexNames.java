package org.openbsn.infra.search;

/**
 * Names of the indices and aliases one portal owns: each read model has a read alias that
 * searches use and a write alias that its projection writes through (they differ during a rebuild).
 */
public record IndexNames(String prefix) {

    public String readAlias(String model) {
        return prefix + "-" + model;
    }

    public String writeAlias(String model) {
        return prefix + "-" + model + "-write";
    }

    /** A new physical index for the model, named so that the newest sorts last. */
    public String newIndex(String model) {
        return prefix + "-" + model + "-" + System.currentTimeMillis();
    }
}
