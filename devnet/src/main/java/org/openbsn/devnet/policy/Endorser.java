package org.openbsn.devnet.policy;

import org.openbsn.devnet.msp.NodeOu;

/** A signer whose certificate and signature were already verified: its organisation and NodeOU role. */
public record Endorser(String mspId, NodeOu role) {
}
