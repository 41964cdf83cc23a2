package org.openbsn.devnet.gateway;

import java.util.Map;
import java.util.Optional;

import org.openbsn.devnet.chaincode.Chaincode;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.Orderer;

/** The channels a devnet peer serves. */
public interface Network {

    Optional<Channel> channel(String channelId);

    /** One channel: its ledger, its orderer, and the chaincodes running on it by name. */
    record Channel(ChannelLedger ledger, Orderer orderer, Map<String, Chaincode> chaincodes) {
    }
}
