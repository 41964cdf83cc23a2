package org.openbsn.devnet.policy;

import org.openbsn.fabric.msp.NodeOu;

/**
 * One signer whose certificate and signature were already verified: its organisation and NodeOU
 * role. Policies count each element as a distinct identity; the caller removes repeats of one identity.
 */
public record Endorser(String mspId, NodeOu role) {
}
