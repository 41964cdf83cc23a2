package org.openbsn.gatewayadapter.query;

import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.infra.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway's read models, fed event by event against the real PostgreSQL, and the callers found in them. */
class GatewayProjectionsTest {

    private final TestDatabase db = TestDatabase.get();
    private GatewayApplicationProjection applications;
    private GatewayParticipantProjection participants;
    private GatewayUserProjection users;
    private ProjectedCallers callers;
    private String app;
    private String user;

    @BeforeEach
    void setUp() {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        ServingCache cache = new ServingCache();
        applications = new GatewayApplicationProjection(db.jdbc(), emitter, cache);
        participants = new GatewayParticipantProjection(db.jdbc(), emitter, cache);
        users = new GatewayUserProjection(db.jdbc(), emitter, cache);
        callers = new ProjectedCallers(new CachedDirectory(cache, applications, participants, users));
        app = "app" + UUID.randomUUID().toString().substring(0, 8);
        user = "USER" + UUID.randomUUID().toString().substring(0, 8);
    }

    private GatewayApplicationDefinedEvent defined(List<ApplicationRole> roles) {
        return new GatewayApplicationDefinedEvent(app, "Traceability", "trace", "Org1MSP", "base", CertificateMode.KEY_TRUST,
                ApplicationFunction.ofBaseChaincode(), roles);
    }

    @Test
    void anApplicationIsServedWithItsFunctionsAndRolesInOrderAndARedefinitionReplacesThem() {
        ApplicationRole observer = new ApplicationRole("Observer", List.of());
        applications.on(defined(List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()), observer)), 0);

        GatewayApplicationView view = applications.handle(new FindGatewayApplicationQuery(app)).orElseThrow();
        assertThat(view.functions()).isEqualTo(ApplicationFunction.ofBaseChaincode());
        assertThat(view.roles()).containsExactly(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()), observer);
        assertThat(view.mode()).isEqualTo(CertificateMode.KEY_TRUST);

        applications.on(defined(List.of(new ApplicationRole("Reader", List.of("get")))), 3);
        applications.on(defined(List.of(observer)), 1); // a stale redelivery changes nothing
        GatewayApplicationView redefined = applications.handle(new FindGatewayApplicationQuery(app)).orElseThrow();
        assertThat(redefined.roles()).containsExactly(new ApplicationRole("Reader", List.of("get")));
        assertThat(redefined.version()).isEqualTo(3);
    }

    @Test
    void membersRolesAreReplacedByALaterAdmission() {
        applications.on(defined(List.of(new ApplicationRole("Reader", List.of("get")), new ApplicationRole("Writer", List.of("set")))), 0);
        applications.on(new ParticipantAdmittedEvent(app, user, List.of("Writer", "Reader")), 1);
        assertThat(applications.handle(new FindGatewayMemberQuery(app, user))).get()
                .extracting(GatewayMemberView::roles).isEqualTo(List.of("Writer", "Reader"));
        applications.on(new ParticipantAdmittedEvent(app, user, List.of("Reader")), 2);
        applications.on(new ParticipantAdmittedEvent(app, user, List.of("Reader")), 2);
        assertThat(applications.handle(new FindGatewayMemberQuery(app, user))).get()
                .isEqualTo(new GatewayMemberView(app, user, List.of("Reader"), 2));
        assertThat(applications.handle(new FindGatewayMemberQuery(app, "nobody"))).isEmpty();
    }

    @Test
    void usersAreListedWithTheirCertificateOnceEnrolled() {
        users.on(new GatewayUserRegisteredEvent(app, user, "alice"), 4);
        assertThat(users.handle(new FindGatewayUserQuery(app, "alice"))).get().extracting(GatewayUserView::enrolled)
                .isEqualTo(false);
        users.on(new GatewayUserEnrolledEvent(app, "alice", "Org1MSP", "CERT"), 5);
        assertThat(users.handle(new FindGatewayUserQuery(app, "alice"))).get()
                .isEqualTo(new GatewayUserView(app, "alice", user, "Org1MSP", "CERT", 5));
        assertThat(users.handle(new FindGatewayUsersQuery(app, user))).extracting(GatewayUserView::name).containsExactly("alice");
    }

    @Test
    void aCallerMustBeAMemberOfAKnownApplicationWithAnAccessKey() {
        String publicKey = Pems.of(Pems.newP256KeyPair().getPublic());
        assertThatThrownBy(() -> callers.accessKey(user, app))
                .isInstanceOf(GatewayRefusal.class).hasMessage("unknown application " + app);
        applications.on(defined(List.of()), 0);
        assertThatThrownBy(() -> callers.accessKey(user, app))
                .hasMessage("user " + user + " is not a member of application " + app);
        applications.on(new ParticipantAdmittedEvent(app, user, List.of()), 1);
        assertThatThrownBy(() -> callers.accessKey(user, app))
                .hasMessageStartingWith("user " + user + " has no access key");
        participants.on(new ParticipantIdentityIssuedEvent(user, "Org1MSP", "CERT"), 1);
        assertThatThrownBy(() -> callers.accessKey(user, app)).hasMessageStartingWith("user " + user + " has no access key");

        participants.on(new AccessKeyIssuedEvent(user, publicKey), 0);
        assertThat(participants.handle(new FindParticipantKeysQuery(user))).get()
                .isEqualTo(new ParticipantKeysView(user, "", false, "Org1MSP", "CERT", 1));
        participants.on(new AccessKeyUploadedEvent(user, publicKey), 2);
        assertThat(callers.accessKey(user, app).getEncoded()).isEqualTo(Pems.p256PublicKey(publicKey).getEncoded());
        assertThat(participants.handle(new FindParticipantKeysQuery(user))).get()
                .isEqualTo(new ParticipantKeysView(user, publicKey, false, "Org1MSP", "CERT", 2));
        String another = Pems.of(Pems.newP256KeyPair().getPublic());
        participants.on(new AccessKeyUploadedEvent(user, another), 3);
        assertThat(callers.accessKey(user, app).getEncoded()).isEqualTo(Pems.p256PublicKey(another).getEncoded());
    }
}
