package org.openbsn.devnet.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.PrivateKey;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.admin.AdminRefusal;
import org.openbsn.fabric.admin.PeerAdmin;
import org.openbsn.fabric.admin.PeerChannels;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.msp.Signer;

/** devnet's peers take cscc only from their own organisation's admins, and refuse in Fabric's words. */
class PeerJoinRefusalTest {

    private static final String CHANNEL = "app-genesis";

    private final Consortium consortium = new Consortium();

    @Test
    void onlyAnAdminOfAChannelOrganisationWhosePeerDevnetRunsJoinsThatPeer(@TempDir Path data) {
        Block genesis = consortium.genesis(CHANNEL);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data));
             PeerAdmin peers = Consortium.peerAdmin(devnet)) {
            consortium.hostPeersOn(devnet);
            Consortium.participation(devnet).join(genesis);

            Identity client = consortium.node1.enroll("bob", NodeOu.CLIENT);
            assertThatThrownBy(() -> peers.join(client, CHANNEL, genesis)).isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("access denied for [JoinChain][app-genesis]")
                    .hasMessageContaining("The identity is not an admin under this MSP [Node1MSP]");

            OrganisationCa node3 = OrganisationCa.create("Node3MSP", "node3.test");
            Identity node3Admin = node3.enroll("admin", NodeOu.ADMIN);
            assertThatThrownBy(() -> peers.join(node3Admin, CHANNEL, genesis)).isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("creator org unknown").hasMessageContaining("no peer of Node3MSP");
            devnet.hostPeer(node3.certificate(), node3.enroll("peer0", NodeOu.PEER));
            assertThatThrownBy(() -> peers.join(node3Admin, CHANNEL, genesis)).isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("Node3MSP is not an organisation of the channel");

            PrivateKey otherKey = Ecdsa.newKeyPair().getPrivate();
            Signer impostor = new Signer() {
                @Override
                public String mspId() {
                    return "Node1MSP";
                }

                @Override
                public String certificatePem() {
                    return Pem.of(consortium.node1Admin.certificate());
                }

                @Override
                public byte[] sign(byte[] message) {
                    return Ecdsa.sign(otherKey, message);
                }
            };
            assertThatThrownBy(() -> peers.join(impostor, CHANNEL, genesis)).isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("access denied: channel [] creator org [Node1MSP]");

            assertThat(peers.channels(consortium.node1Admin)).as("nobody joined Node1's peer").isEmpty();
            assertThat(peers.channels(node3Admin)).isEmpty();
        }
    }

    @Test
    void csccAnswersRepeatedJoinsUnknownChannelsAndBadBlocksAsFabricDoes(@TempDir Path data) throws Exception {
        Block genesis = consortium.genesis(CHANNEL);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            consortium.hostPeersOn(devnet);
            ManagedChannel connection = PeerChannels.open("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
            try {
                Signer admin = consortium.node1Admin;
                assertThat(CsccProposals.call(connection, admin, text("JoinChain"), genesis.toByteString()).getStatus())
                        .isEqualTo(200);
                Response again = CsccProposals.call(connection, admin, text("JoinChain"), genesis.toByteString());
                assertThat(again.getStatus()).isEqualTo(500);
                assertThat(again.getMessage()).isEqualTo("cannot create ledger from genesis block: ledger [app-genesis]"
                        + " already exists with state [ACTIVE]");

                Block notConfig = devnet.channel(CHANNEL).orElseThrow().block(0).toBuilder()
                        .setData(genesis.getData().toBuilder().addData(ByteString.copyFromUtf8("x"))).build();
                assertThat(CsccProposals.call(connection, admin, text("JoinChain"), notConfig.toByteString()).getMessage())
                        .contains("validation of configuration block").contains("block is not a config block");
                assertThat(CsccProposals.call(connection, admin, text("GetConfigBlock"), text("nope")).getMessage())
                        .isEqualTo("Unknown channel ID, nope");
                assertThat(CsccProposals.call(connection, consortium.node2Admin, text("GetConfigBlock"), text(CHANNEL))
                        .getMessage()).as("Node2's peer has not joined").isEqualTo("Unknown channel ID, app-genesis");
                assertThat(CsccProposals.call(connection, admin, text("Reboot"), text(CHANNEL)).getMessage())
                        .isEqualTo("Requested function Reboot not found.");
            } finally {
                connection.shutdownNow();
            }
        }
    }

    private static ByteString text(String value) {
        return ByteString.copyFromUtf8(value);
    }
}
