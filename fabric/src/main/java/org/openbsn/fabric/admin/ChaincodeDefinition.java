package org.openbsn.fabric.admin;

/**
 * A chaincode definition as {@code _lifecycle} approves and commits it: name, version, sequence (1 for the first,
 * one more for every upgrade) and the installed package each organisation runs. Its transactions are valid when
 * they satisfy the channel's Endorsement policy.
 */
public record ChaincodeDefinition(String name, String version, long sequence, String packageId) {

    public ChaincodeDefinition {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}")) {
            throw new IllegalArgumentException("a chaincode name is letters, digits, '_', '.', '+' and '-', not '" + name + "'");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("a chaincode definition's sequence starts at 1, not " + sequence);
        }
    }
}
