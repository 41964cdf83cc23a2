package org.openbsn.gatewayadapter.endpoint;

import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;

/** A node/trans proposal that passed every check: its application, function, and the user who signed it. */
record CheckedProposal(GatewayApplicationView app, ApplicationFunction function, String userName, String creatorPem,
                       SignedProposals.Parts parts) {
}
