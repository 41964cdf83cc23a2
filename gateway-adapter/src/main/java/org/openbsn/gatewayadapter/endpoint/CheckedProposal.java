package org.openbsn.gatewayadapter.endpoint;

import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayFunction;

/** A node/trans proposal that passed every check: its application, function, and the user who signed it. */
record CheckedProposal(GatewayApplicationView app, GatewayFunction function, String userName, String creatorPem,
                       SignedProposals.Parts parts) {
}
