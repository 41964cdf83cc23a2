package org.openbsn.gatewayadapter.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.infra.testing.TestDatabase;

/** Private keys sealed in the real PostgreSQL, and the secret that seals them. */
class KeyVaultTest {

    private final TestDatabase db = TestDatabase.get();

    @Test
    void aKeyComesBackOnlyWithTheSecretItWasSealedWith() {
        String id = "test:" + UUID.randomUUID();
        PrivateKey key = Pems.newP256KeyPair().getPrivate();
        new KeyVault(db.jdbc(), "the first secret, long enough").put(id, key);

        assertThat(new KeyVault(db.jdbc(), "the first secret, long enough").get(id)).contains(key);
        assertThatThrownBy(() -> new KeyVault(db.jdbc(), "another secret, long enough").get(id))
                .hasMessageContaining("cannot be opened: the gateway key secret (BSN_GATEWAY_KEY_SECRET) is not the one");
    }

    @Test
    void aSealedKeyMovedToAnotherIdDoesNotOpen() {
        KeyVault vault = new KeyVault(db.jdbc(), "the first secret, long enough");
        String original = "test:" + UUID.randomUUID();
        String moved = "test:" + UUID.randomUUID();
        vault.put(original, Pems.newP256KeyPair().getPrivate());
        db.jdbc().sql("insert into gateway_private_key (key_id, sealed) select :moved, sealed from gateway_private_key"
                + " where key_id = :original").param("moved", moved).param("original", original).update();

        assertThatThrownBy(() -> vault.get(moved)).hasMessageContaining("cannot be opened");
        vault.remove(original);
        assertThat(vault.get(original)).isEmpty();
    }

    @Test
    void withoutAConfiguredSecretOneIsMadeOnceReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
        Path directory = data.resolve("gateway");
        String first = KeySecret.resolve("", directory);
        String again = KeySecret.resolve(null, directory);

        assertThat(first).hasSizeGreaterThanOrEqualTo(40).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("key-secret"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        assertThat(KeySecret.resolve("configured secret wins", directory)).isEqualTo("configured secret wins");
    }
}
