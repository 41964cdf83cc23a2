package org.openbsn.devnet.ledger;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.devnet.policy.Endorser;

/**
 * The endorsers a policy may count: members of the channel's organisations whose signature over the
 * proposal response payload followed by their serialized identity verifies. Others count for nobody.
 */
final class Endorsements {

    private Endorsements() {
    }

    static List<Endorser> verified(ByteString responsePayload, List<Endorsement> endorsements, Map<String, Msp> members) {
        List<Endorser> endorsers = new ArrayList<>();
        Set<ByteString> seen = new HashSet<>();
        for (Endorsement endorsement : endorsements) {
            if (!seen.add(endorsement.getEndorser())) {
                continue; // one identity endorses once, however often it signed
            }
            try {
                SerializedIdentity endorser = SerializedIdentity.parseFrom(endorsement.getEndorser());
                Msp msp = members.get(endorser.getMspid());
                if (msp == null) {
                    continue;
                }
                X509Certificate certificate = Pem.certificate(endorser.getIdBytes().toByteArray());
                byte[] signed = responsePayload.concat(endorsement.getEndorser()).toByteArray();
                NodeOu role = Msp.roleOf(certificate).orElse(null);
                if (role != null && msp.problemWithSignature(certificate, signed, endorsement.getSignature().toByteArray()).isEmpty()) {
                    endorsers.add(new Endorser(endorser.getMspid(), role));
                }
            } catch (InvalidProtocolBufferException | IllegalArgumentException ignored) {
                // an endorsement that cannot be read counts for nobody
            }
        }
        return endorsers;
    }
}
