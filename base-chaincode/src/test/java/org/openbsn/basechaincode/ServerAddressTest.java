package org.openbsn.basechaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** CHAINCODE_SERVER_ADDRESS as a ccaas connection.json writes it: host:port. */
class ServerAddressTest {

    @Test
    void readsHostAndPort() {
        var address = BaseChaincode.serverAddress("127.0.0.1:9999");
        assertThat(address.getHostString()).isEqualTo("127.0.0.1");
        assertThat(address.getPort()).isEqualTo(9999);
        assertThat(BaseChaincode.serverAddress("0.0.0.0:7052").getPort()).isEqualTo(7052);
    }

    @Test
    void refusesAnAddressWithoutAUsablePort() {
        assertThatThrownBy(() -> BaseChaincode.serverAddress("localhost")).hasMessageContaining("must be host:port");
        assertThatThrownBy(() -> BaseChaincode.serverAddress("localhost:")).hasMessageContaining("must be host:port");
        assertThatThrownBy(() -> BaseChaincode.serverAddress("localhost:http")).hasMessageContaining("port from 1 to 65535");
        assertThatThrownBy(() -> BaseChaincode.serverAddress("localhost:70000")).hasMessageContaining("port from 1 to 65535");
    }
}
