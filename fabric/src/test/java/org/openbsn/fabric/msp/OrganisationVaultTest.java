package org.openbsn.fabric.msp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationVaultTest {

    @TempDir
    Path root;

    @Test
    void anOrganisationIsCreatedOnceAndItsAdminSignsAsAMemberTheOrganisationsMspAccepts() throws Exception {
        OrganisationVault vault = new OrganisationVault(root);
        OrganisationVault.KeptOrganisation created = vault.ensure("Node7MSP", "node7.openbsn");
        OrganisationVault.KeptOrganisation again = new OrganisationVault(root).ensure("Node7MSP", "node7.openbsn");
        assertThat(again).as("a second call, even after a restart, keeps the same CA and admin").isEqualTo(created);
        assertThat(created.tlsCaPem()).isNotEqualTo(created.caPem());

        Signer admin = new OrganisationVault(root).adminOf("Node7MSP");
        byte[] message = "approve basecc 1".getBytes(StandardCharsets.UTF_8);
        Msp msp = new Msp("Node7MSP", Pem.certificate(created.caPem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(msp.problemWith(Pem.certificate(admin.certificatePem().getBytes(StandardCharsets.US_ASCII)), Instant.now()))
                .isEmpty();
        assertThat(Ecdsa.verify(Pem.certificate(admin.certificatePem().getBytes(StandardCharsets.US_ASCII)).getPublicKey(),
                message, admin.sign(message))).isTrue();
        assertThat(admin.certificatePem()).isEqualTo(created.adminCertificatePem());
        assertThat(Files.getPosixFilePermissions(root.resolve("Node7MSP/admin/key.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(vault.ca("Node7MSP").orElseThrow().issue("peer0", NodeOu.PEER, Ecdsa.newKeyPair().getPublic())
                .getSubjectX500Principal().getName()).contains("O=node7.openbsn");
    }

    @Test
    void signingForAnOrganisationThePortalDoesNotKeepIsRefusedByName() {
        OrganisationVault vault = new OrganisationVault(root);
        assertThatThrownBy(() -> vault.adminOf("Node9MSP")).hasMessageContaining("holds no admin of organisation Node9MSP");
        assertThatThrownBy(() -> vault.ensure("../evil", "x")).hasMessageContaining("not '../evil'");
    }
}
