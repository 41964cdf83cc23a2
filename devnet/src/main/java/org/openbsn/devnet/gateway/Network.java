package org.openbsn.devnet.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.openbsn.devnet.chaincode.Chaincode;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.Orderer;

/** The channels a devnet peer serves. */
public interface Network {

    Optional<Channel> channel(String channelId);

    /**
     * One channel: its ledger, its orderer, the chaincodes running on it by name, and which organisations' peers
     * have joined it (only those endorse on it).
     */
    record Channel(ChannelLedger ledger, Orderer orderer, Map<String, Chaincode> chaincodes, Predicate<String> joined) {

        /** A channel every organisation's peer has joined. */
        public Channel(ChannelLedger ledger, Orderer orderer, Map<String, Chaincode> chaincodes) {
            this(ledger, orderer, chaincodes, mspId -> true);
        }
    }
}
