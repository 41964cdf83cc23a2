package org.openbsn.gatewayadapter.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.grpc.Status;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.TransactionException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/** Fabric's failures, as fabric-gateway hands them over, turned into {@link LedgerException}s. */
final class LedgerFailures {

    private static final String CHAINCODE_RESPONSE = "chaincode response ";

    private LedgerFailures() {
    }

    /**
     * What a failed call means, read as Fabric's gateway reports it: the endorsing peers' own words are
     * in the status details (a chaincode's refusal of a submit is ABORTED "failed to endorse
     * transaction, see attached details"), and a creator the channel does not accept is refused by
     * the peer (UNAVAILABLE on evaluate, ABORTED on endorse) before any chaincode runs.
     */
    static LedgerException of(GatewayException failure) {
        Status.Code code = failure.getStatus().getCode();
        String summary = failure.getStatus().getDescription() == null ? code.name() : failure.getStatus().getDescription();
        String transactionId = failure instanceof TransactionException transaction ? transaction.getTransactionId() : "";
        List<String> peersSaid = failure.getDetails().stream().map(ErrorDetail::getMessage).map(LedgerFailures::withoutTransport)
                .filter(said -> !said.isBlank()).toList();
        List<String> everything = new ArrayList<>(peersSaid);
        everything.add(summary);
        for (String said : everything) {
            int chaincode = said.indexOf(CHAINCODE_RESPONSE);
            if (chaincode >= 0) {
                String words = said.substring(chaincode);
                int comma = words.indexOf(", ");
                words = comma >= 0 ? words.substring(comma + 2) : words;
                // qscc and the other system chaincodes word their ACL refusals "access denied for [...]"
                return new LedgerException(refusesIdentity(words) ? LedgerException.Reason.DENIED
                        : LedgerException.Reason.CHAINCODE_REFUSED, words, transactionId);
            }
        }
        String detail = peersSaid.isEmpty() ? summary : String.join("; ", peersSaid);
        if (code == Status.Code.PERMISSION_DENIED || everything.stream().anyMatch(LedgerFailures::refusesIdentity)) {
            return new LedgerException(LedgerException.Reason.DENIED, detail, transactionId);
        }
        return switch (code) {
            case UNAVAILABLE, DEADLINE_EXCEEDED -> new LedgerException(LedgerException.Reason.UNAVAILABLE, detail, transactionId);
            default -> new LedgerException(failure instanceof EndorseException
                    ? LedgerException.Reason.ENDORSEMENT_FAILED : LedgerException.Reason.UNAVAILABLE, detail, transactionId);
        };
    }

    /**
     * Fabric's words for a creator the channel refuses: an unknown organisation, a bad signature, a
     * policy not met (by the peer), or a transaction the orderer will not take from it.
     */
    private static boolean refusesIdentity(String said) {
        String lower = said.toLowerCase(Locale.ROOT);
        return lower.contains("access denied") || lower.contains("creator org unknown")
                || lower.contains("failed evaluating policy") || lower.contains("from orderer: forbidden");
    }

    /** A peer's message as the gateway relayed it, without gRPC's "rpc error: code = … desc = " in front. */
    private static String withoutTransport(String said) {
        return said.replaceFirst("^(rpc error: code = \\w+ desc = )+", "").trim();
    }
}
