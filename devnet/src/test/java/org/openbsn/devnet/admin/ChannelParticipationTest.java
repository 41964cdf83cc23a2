package org.openbsn.devnet.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.Envelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.admin.AdminRefusal;
import org.openbsn.fabric.admin.ChannelParticipation;
import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;

/** devnet's orderer admin endpoint answers channel participation with Fabric 2.5's codes and shapes, to admins only. */
class ChannelParticipationTest {

    private static final String CHANNEL = "app-genesis";
    private static final String CHANNELS = "/participation/v1/channels";

    private final Consortium consortium = new Consortium();

    @Test
    void joinsListsDescribesAndRemovesChannelsAsFabricsOrdererDoes(@TempDir Path data) throws Exception {
        Block genesis = consortium.genesis(CHANNEL);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            HttpClient http = HttpClient.newBuilder().sslContext(Consortium.adminTls(devnet, devnet.adminTlsCa())).build();
            String base = "https://127.0.0.1:" + devnet.adminPort() + CHANNELS;

            assertThat(get(http, base).body()).isEqualTo("{\"systemChannel\":null,\"channels\":null}\n");

            HttpResponse<String> joined = http.send(join(base, genesis), HttpResponse.BodyHandlers.ofString());
            assertThat(joined.statusCode()).isEqualTo(201);
            assertThat(joined.headers().firstValue("Location")).contains(CHANNELS + "/" + CHANNEL);
            assertThat(joined.body()).isEqualTo("{\"name\":\"app-genesis\",\"url\":\"/participation/v1/channels/app-genesis\","
                    + "\"consensusRelation\":\"consenter\",\"status\":\"active\",\"height\":1}\n");
            assertThat(devnet.channel(CHANNEL).orElseThrow().block(0).getData()).isEqualTo(genesis.getData());

            HttpResponse<String> again = http.send(join(base, genesis), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(405);
            assertThat(again.headers().firstValue("Allow")).contains("GET, DELETE");
            assertThat(again.body()).isEqualTo("{\"error\":\"cannot join: channel already exists\"}\n");

            assertThat(get(http, base).body()).isEqualTo("{\"systemChannel\":null,\"channels\":"
                    + "[{\"name\":\"app-genesis\",\"url\":\"/participation/v1/channels/app-genesis\"}]}\n");
            assertThat(get(http, base + "/" + CHANNEL).statusCode()).isEqualTo(200);
            HttpResponse<String> unknown = get(http, base + "/app-unknown");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).isEqualTo("{\"error\":\"channel does not exist\"}\n");

            assertThat(delete(http, base + "/" + CHANNEL).statusCode()).isEqualTo(204);
            HttpResponse<String> gone = delete(http, base + "/" + CHANNEL);
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(gone.body()).isEqualTo("{\"error\":\"cannot remove: channel does not exist\"}\n");
            assertThat(devnet.channel(CHANNEL)).as("the channel is gone from devnet").isEmpty();
            assertThat(get(http, base).body()).isEqualTo("{\"systemChannel\":null,\"channels\":null}\n");

            assertThat(http.send(join(base, genesis), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("a removed channel leaves nothing behind that stops it being joined again").isEqualTo(201);
        }
    }

    @Test
    void refusesClientsWithoutACertificateOfTheAdminTlsCa(@TempDir Path data) {
        Block genesis = consortium.genesis(CHANNEL);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            List<String> devnetTls = List.of(Pem.of(devnet.tlsCaCertificate()));
            ChannelParticipation anonymous = new ChannelParticipation("127.0.0.1", devnet.adminPort(),
                    MutualTls.serverTrustOnly(devnetTls));
            assertThatThrownBy(() -> anonymous.join(genesis)).isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("could not be reached");
            ChannelParticipation stranger = new ChannelParticipation("127.0.0.1", devnet.adminPort(),
                    Consortium.adminTls(devnet, OrganisationCa.create("StrangerMSP", "stranger.test")));
            assertThatThrownBy(() -> stranger.join(genesis)).isInstanceOf(AdminRefusal.class);

            assertThat(devnet.channel(CHANNEL)).isEmpty();
            assertThat(Consortium.participation(devnet).channels()).isEmpty();
        }
    }

    @Test
    void refusesABlockThatIsNotAGenesisConfigBlock(@TempDir Path data) {
        Block genesis = consortium.genesis(CHANNEL);
        Block transactions = Block.newBuilder().setHeader(genesis.getHeader())
                .setData(BlockData.newBuilder().addData(Envelope.getDefaultInstance().toByteString())).build();
        Block laterConfig = genesis.toBuilder().setHeader(genesis.getHeader().toBuilder().setNumber(4)).build();
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            ChannelParticipation participation = Consortium.participation(devnet);
            assertThatThrownBy(() -> participation.join(transactions)).isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("(HTTP 400)").hasMessageContaining("invalid join block: block is not a config block");
            assertThatThrownBy(() -> participation.join(laterConfig)).isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("(HTTP 400)").hasMessageContaining("cannot join: devnet opens a channel from its"
                            + " genesis block (number 0) only, not from config block 4");
            assertThat(participation.channels()).isEmpty();
            assertThat(devnet.channelIds()).isEmpty();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> delete(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request {@code osnadmin channel join} sends. */
    private static HttpRequest join(String uri, Block block) {
        String boundary = "devnet-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"config-block\"; filename=\"b.block\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(block.toByteArray());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }
}
