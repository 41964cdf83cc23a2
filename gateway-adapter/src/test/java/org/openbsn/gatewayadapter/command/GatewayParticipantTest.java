package org.openbsn.gatewayadapter.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.openbsn.infra.testing.Refusals.invalidField;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.KeyVault;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.infra.testing.TestDatabase;

class GatewayParticipantTest {

    private final TestDatabase db = TestDatabase.get();
    private FixtureConfiguration<GatewayParticipant> fixture;
    private KeyVault vault;
    private String user;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GatewayParticipant.class);
        vault = new KeyVault(db.jdbc(), "a test secret of some length");
        fixture.registerInjectableResource(new HostedKeys(vault, () -> GatewayApplicationTest.CERTIFICATES));
        user = "USER" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anIssuedAccessKeyIsKeptSealedAndItsPublicHalfRecordedWithADefaultIdentity() {
        AtomicReference<String> publicPem = new AtomicReference<>();
        fixture.givenNoPriorActivity()
                .when(new IssueAccessKeyCommand(user))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof AccessKeyIssuedEvent issued && issued.userCode().equals(user)
                                && issued.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----") && set(publicPem, issued)),
                        predicate(e -> e instanceof ParticipantIdentityIssuedEvent identity && identity.mspId().equals("Org1MSP")
                                && Pems.certificate(identity.certificatePem()).getSubjectX500Principal().getName()
                                .contains("CN=" + user)),
                        andNoMore())))
                .expectResultMessagePayload(1L);

        var privateKey = vault.get(HostedKeys.accessKeyId(user)).orElseThrow();
        PublicKey publicKey = Pems.p256PublicKey(publicPem.get());
        String mac = org.openbsn.gatewayadapter.protocol.Macs.sign(privateKey, "text");
        assertThat(org.openbsn.gatewayadapter.protocol.Macs.verify(publicKey, "text", mac)).isTrue();
        assertThat(vault.get(HostedKeys.identityKeyId(user))).isPresent();
        byte[] sealed = db.jdbc().sql("select sealed from gateway_private_key where key_id = :id")
                .param("id", HostedKeys.accessKeyId(user)).query((rs, row) -> rs.getBytes(1)).single();
        byte[] scalar = ((java.security.interfaces.ECPrivateKey) privateKey).getS().toByteArray();
        assertThat(latin1(sealed)).as("the private scalar is not stored in clear").doesNotContain(latin1(scalar));
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean set(AtomicReference<String> holder, AccessKeyIssuedEvent issued) {
        holder.set(issued.publicKeyPem());
        return true;
    }

    @Test
    void aNewAccessKeyReplacesTheOldOneAndKeepsTheIdentity() {
        fixture.given(new AccessKeyIssuedEvent(user, "old"), new ParticipantIdentityIssuedEvent(user, "Org1MSP", "cert"))
                .when(new IssueAccessKeyCommand(user))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof AccessKeyIssuedEvent issued && !issued.publicKeyPem().equals("old")),
                        andNoMore())));
    }

    @Test
    void anUploadedKeyMustBeAPemP256PublicKeyAndThenNoPrivateKeyIsKept() throws Exception {
        fixture.given(new AccessKeyIssuedEvent(user, "old"), new ParticipantIdentityIssuedEvent(user, "Org1MSP", "cert"))
                .when(new UploadAccessKeyCommand(user, "not a key"))
                .expectException(invalidField("publicKeyPem", "rule.public-key"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("is not a PEM public key"));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        fixture.given(new AccessKeyIssuedEvent(user, "old"))
                .when(new UploadAccessKeyCommand(user, rsaPem))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("is not an EC P-256 (secp256r1) public key"));

        vault.put(HostedKeys.accessKeyId(user), Pems.newP256KeyPair().getPrivate());
        String mine = Pems.of(Pems.newP256KeyPair().getPublic());
        fixture.given(new AccessKeyIssuedEvent(user, "old"), new ParticipantIdentityIssuedEvent(user, "Org1MSP", "cert"))
                .when(new UploadAccessKeyCommand(user, mine))
                .expectEvents(new AccessKeyUploadedEvent(user, mine));
        assertThat(vault.get(HostedKeys.accessKeyId(user))).isEmpty();
    }
}
