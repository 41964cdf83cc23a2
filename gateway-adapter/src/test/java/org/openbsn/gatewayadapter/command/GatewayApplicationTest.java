package org.openbsn.gatewayadapter.command;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.KeyVault;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.keys.UserSecrets;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.infra.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.openbsn.infra.testing.Refusals.invalidField;
import static org.openbsn.infra.testing.Refusals.invalidFields;
import static org.openbsn.infra.testing.Refusals.refusedWith;

class GatewayApplicationTest {

    private static final OrganisationCa CA = OrganisationCa.create("Org1MSP", "org1.example.com");
    static final MemberCertificates CERTIFICATES = new MemberCertificates() {
        @Override
        public java.security.cert.X509Certificate issueClient(String commonName, java.security.PublicKey key) {
            return CA.issue(commonName, NodeOu.CLIENT, key);
        }

        @Override
        public java.security.cert.X509Certificate caCertificate() {
            return CA.certificate();
        }

        @Override
        public String mspId() {
            return CA.mspId();
        }
    };

    private final TestDatabase db = TestDatabase.get();
    private FixtureConfiguration<GatewayApplication> fixture;
    private KeyVault vault;
    private UserSecrets secrets;
    private String app;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GatewayApplication.class);
        vault = new KeyVault(db.jdbc(), "a test secret of some length");
        secrets = new UserSecrets(db.jdbc(), 4);
        fixture.registerInjectableResource(secrets);
        fixture.registerInjectableResource(new HostedKeys(vault, () -> CERTIFICATES));
        app = "app" + UUID.randomUUID().toString().substring(0, 8);
    }

    private DefineGatewayApplicationCommand define(CertificateMode mode, List<ApplicationRole> roles) {
        return new DefineGatewayApplicationCommand(app, " Traceability ", "channel-" + app.toLowerCase(), "Org1MSP", "base",
                mode, ApplicationFunction.ofBaseChaincode(), roles);
    }

    private GatewayApplicationDefinedEvent defined(CertificateMode mode) {
        return new GatewayApplicationDefinedEvent(app, "Traceability", "channel-" + app.toLowerCase(), "Org1MSP", "base",
                mode, ApplicationFunction.ofBaseChaincode(), List.of(sysAdmin(), reader()));
    }

    private static ApplicationRole sysAdmin() {
        return ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode());
    }

    private static ApplicationRole reader() {
        return new ApplicationRole("Reader", List.of("get", "getHistory"));
    }

    @Test
    void definesAnApplicationWhoseSysAdminRoleCoversEveryBaseFunction() {
        assertThat(sysAdmin().functions()).containsExactly("set", "update", "delete", "get", "getHistory", "events");
        fixture.givenNoPriorActivity()
                .when(define(CertificateMode.KEY_TRUST, List.of(sysAdmin(), reader())))
                .expectEvents(defined(CertificateMode.KEY_TRUST))
                .expectResultMessagePayload(0L);
    }

    @Test
    void aRoleNamingAnUnknownFunctionIsRefusedWithBothNames() {
        fixture.givenNoPriorActivity()
                .when(define(CertificateMode.KEY_TRUST, List.of(new ApplicationRole("Writer", List.of("set", "transfer")))))
                .expectException(invalidField("roles", "rule.unknown-function"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("role Writer names unknown function transfer"))
                .expectNoEvents();
    }

    @Test
    void namesEveryBrokenFieldOfADefinition() {
        fixture.givenNoPriorActivity()
                .when(new DefineGatewayApplicationCommand(app, " ", "Bad Channel", "Org1MSP", "base", null, List.of(), List.of()))
                .expectException(invalidFields("name", "channelId", "mode", "functions"));
    }

    @Test
    void aRedefinitionChangesRolesButNeverTheChannelAndRepeatingItChangesNothing() {
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(define(CertificateMode.KEY_TRUST, List.of(sysAdmin(), reader())))
                .expectNoEvents().expectResultMessagePayload(0L);
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(define(CertificateMode.KEY_TRUST, List.of(sysAdmin())))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof GatewayApplicationDefinedEvent d && d.roles().size() == 1), andNoMore())));
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(define(CertificateMode.PUBLIC_KEY_UPLOAD, List.of(sysAdmin())))
                .expectException(refusedWith("gateway.definition-fixed"));
    }

    @Test
    void setsTheTpsBoughtOnANodeAndRepeatingItAnswersTheVersionOfTheViewThatHoldsIt() {
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(new SetGatewayQuotaCommand(app, "hangzhou", 50))
                .expectEvents(new GatewayQuotaSetEvent(app, "hangzhou", 50)).expectResultMessagePayload(1L);
        fixture.given(defined(CertificateMode.KEY_TRUST), new GatewayQuotaSetEvent(app, "hangzhou", 50),
                        new ParticipantAdmittedEvent(app, "USER0001", List.of("Reader")))
                .when(new SetGatewayQuotaCommand(app, "hangzhou", 50))
                .expectNoEvents().expectResultMessagePayload(1L);
        fixture.given(defined(CertificateMode.KEY_TRUST), new GatewayQuotaSetEvent(app, "hangzhou", 50))
                .when(new SetGatewayQuotaCommand(app, "hangzhou", 80))
                .expectEvents(new GatewayQuotaSetEvent(app, "hangzhou", 80));
    }

    @Test
    void refusesAQuotaOutsideZeroToTheMostTpsOrWithoutANode() {
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(new SetGatewayQuotaCommand(app, "", -1))
                .expectException(invalidFields("nodeCode", "tps"));
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(new SetGatewayQuotaCommand(app, "hangzhou", GatewayRules.TPS_MAX + 1))
                .expectException(invalidField("tps", "rule.range"));
    }

    @Test
    void readmittingWithTheSameRolesAnswersTheVersionOfTheMembership() {
        fixture.given(defined(CertificateMode.KEY_TRUST), new ParticipantAdmittedEvent(app, "USER0001", List.of("Reader")),
                        new ParticipantAdmittedEvent(app, "USER0002", List.of("Reader")))
                .when(new AdmitParticipantCommand(app, "USER0001", List.of("Reader")))
                .expectNoEvents().expectResultMessagePayload(1L);
    }

    @Test
    void admitsAParticipantWithRolesTheApplicationDefines() {
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(new AdmitParticipantCommand(app, "USER0001", List.of("Reader", "Reader")))
                .expectEvents(new ParticipantAdmittedEvent(app, "USER0001", List.of("Reader")));
        fixture.given(defined(CertificateMode.KEY_TRUST))
                .when(new AdmitParticipantCommand(app, "USER0001", List.of("Auditor")))
                .expectException(invalidField("roles", "rule.unknown-role"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("role Auditor is not defined in application " + app));
        fixture.given(defined(CertificateMode.KEY_TRUST), new ParticipantAdmittedEvent(app, "USER0001", List.of("Reader")))
                .when(new AdmitParticipantCommand(app, "USER0001", List.of("Reader")))
                .expectNoEvents();
    }

    @Test
    void aUserIsRegisteredOnceByAMemberAndItsSecretIsKeptOnlyAsAHash() {
        fixture.given(defined(CertificateMode.PUBLIC_KEY_UPLOAD), new ParticipantAdmittedEvent(app, "USER0001", List.of("Reader")))
                .when(new RegisterGatewayUserCommand(app, "USER0001", "alice", "s3cret"))
                .expectEvents(new GatewayUserRegisteredEvent(app, "USER0001", "alice"));
        assertThat(secrets.matches(app, "alice", "s3cret")).isTrue();
        assertThat(secrets.matches(app, "alice", "wrong")).isFalse();
        assertThat(db.jdbc().sql("select secret_hash from gateway_user_secret where app_code = :app").param("app", app)
                .query(String.class).single()).startsWith("$2").doesNotContain("s3cret");

        fixture.given(defined(CertificateMode.PUBLIC_KEY_UPLOAD), new ParticipantAdmittedEvent(app, "USER0001", List.of()),
                        new GatewayUserRegisteredEvent(app, "USER0001", "alice"))
                .when(new RegisterGatewayUserCommand(app, "USER0001", "alice", "other"))
                .expectException(invalidField("name", "rule.user-name-taken"));
    }

    @Test
    void aUserNameOutsideThePatternOrARegistrationByANonMemberIsRefused() {
        fixture.given(defined(CertificateMode.PUBLIC_KEY_UPLOAD), new ParticipantAdmittedEvent(app, "USER0001", List.of()))
                .when(new RegisterGatewayUserCommand(app, "USER0001", "alice@evil", "s"))
                .expectException(invalidField("name", "rule.pattern"));
        fixture.given(defined(CertificateMode.PUBLIC_KEY_UPLOAD))
                .when(new RegisterGatewayUserCommand(app, "USER0009", "bob", "s"))
                .expectException(refusedWith("gateway.not-a-member"))
                .expectExceptionMessage("user USER0009 is not a member of application " + app);
    }

    @Test
    void inAKeyTrustApplicationRegistrationMakesTheUsersKeyAndCertificate() {
        fixture.given(defined(CertificateMode.KEY_TRUST), new ParticipantAdmittedEvent(app, "USER0001", List.of("SysAdmin")))
                .when(new RegisterGatewayUserCommand(app, "USER0001", "alice", "s3cret"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e.equals(new GatewayUserRegisteredEvent(app, "USER0001", "alice"))),
                        predicate(e -> e instanceof GatewayUserEnrolledEvent enrolled && enrolled.mspId().equals("Org1MSP")
                                && Pems.certificate(enrolled.certificatePem()).getSubjectX500Principal().getName()
                                .contains("CN=alice@" + app)
                                && !enrolled.certificatePem().contains("PRIVATE")),
                        andNoMore())));
        assertThat(vault.get(HostedKeys.userKeyId(app, "alice"))).isPresent();
    }

    @Test
    void enrolmentRecordsACertificateNamingTheUserInAPublicKeyUploadApplicationOnly() {
        String good = Pems.of(CA.enroll("alice@" + app, NodeOu.CLIENT).certificate());
        String wrong = Pems.of(CA.enroll("mallory@" + app, NodeOu.CLIENT).certificate());
        fixture.given(defined(CertificateMode.PUBLIC_KEY_UPLOAD), new ParticipantAdmittedEvent(app, "USER0001", List.of()),
                        new GatewayUserRegisteredEvent(app, "USER0001", "alice"))
                .when(new EnrollGatewayUserCommand(app, "alice", good))
                .expectEvents(new GatewayUserEnrolledEvent(app, "alice", "Org1MSP", good));
        fixture.given(defined(CertificateMode.PUBLIC_KEY_UPLOAD), new ParticipantAdmittedEvent(app, "USER0001", List.of()),
                        new GatewayUserRegisteredEvent(app, "USER0001", "alice"))
                .when(new EnrollGatewayUserCommand(app, "alice", wrong))
                .expectException(invalidField("certificatePem", "rule.certificate-cn"));
        fixture.given(defined(CertificateMode.PUBLIC_KEY_UPLOAD))
                .when(new EnrollGatewayUserCommand(app, "nobody", good))
                .expectException(refusedWith("gateway.unknown-user"));
        fixture.given(defined(CertificateMode.KEY_TRUST), new ParticipantAdmittedEvent(app, "USER0001", List.of()),
                        new GatewayUserRegisteredEvent(app, "USER0001", "alice"))
                .when(new EnrollGatewayUserCommand(app, "alice", good))
                .expectException(refusedWith("gateway.enroll-key-trust"));
    }
}
