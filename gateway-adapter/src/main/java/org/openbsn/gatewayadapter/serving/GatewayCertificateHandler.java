package org.openbsn.gatewayadapter.serving;

import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.gatewayadapter.api.FindGatewayCertificateQuery;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.springframework.stereotype.Component;

/** Answers which certificate business systems verify the gateway's replies with. */
@Component
class GatewayCertificateHandler {

    private final GatewaySigner signer;

    GatewayCertificateHandler(GatewaySigner signer) {
        this.signer = signer;
    }

    @QueryHandler
    String handle(FindGatewayCertificateQuery query) {
        return signer.certificatePem();
    }
}
