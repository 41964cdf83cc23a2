package org.openbsn.gatewayadapter.command;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.gatewayadapter.api.FindHostedAccessKeyQuery;
import org.openbsn.gatewayadapter.api.HostedAccessKey;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.Pems;
import org.springframework.stereotype.Component;

/** Hands a participant the private access key the gateway made for it, for its business system's configuration. */
@Component
class HostedAccessKeys {

    private final HostedKeys keys;

    HostedAccessKeys(HostedKeys keys) {
        this.keys = keys;
    }

    @QueryHandler
    Optional<HostedAccessKey> handle(FindHostedAccessKeyQuery query) {
        return keys.privateKey(HostedKeys.accessKeyId(query.userCode()))
                .map(key -> new HostedAccessKey(query.userCode(), Pems.of(key)));
    }
}
