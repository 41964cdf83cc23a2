package org.openbsn.applications.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.openbsn.applications.api.ApplicationDesign;
import org.openbsn.applications.api.ChaincodeUpgradeFailedEvent;
import org.openbsn.applications.api.ChaincodeUpgradeRequestedEvent;
import org.openbsn.applications.api.ChaincodeUpgradedEvent;
import org.openbsn.applications.api.CompleteChaincodeUpgradeCommand;
import org.openbsn.applications.api.FailChaincodeUpgradeCommand;
import org.openbsn.applications.api.GrantApplicationAccessCommand;
import org.openbsn.infra.error.Reason;
import org.openbsn.orderingbridge.api.ChaincodeDeployedEvent;
import org.openbsn.orderingbridge.api.DeployChaincodeCommand;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Upgrades a live application's chaincode: deploys the new package version on its channel as the next chaincode
 * definition, then writes the new functions and roles to the gateway, then records the upgrade. A refusal or a step
 * that outlasts its deadline fails the upgrade with the reason; the channel keeps serving the old version unless the
 * new definition was committed.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ChaincodeUpgradeSaga {

    static final String DEADLINE = "chaincode-upgrade-step";

    @JsonIgnore
    private transient CommandGateway commands;
    @JsonIgnore
    private transient DeadlineManager deadlines;
    @JsonIgnore
    private transient PublishingProperties properties;

    private ChaincodeUpgradeRequestedEvent requested;
    private boolean deployed;

    @StartSaga
    @SagaEventHandler(associationProperty = "applicationId")
    void on(ChaincodeUpgradeRequestedEvent event) {
        requested = event;
        SagaLifecycle.associateWith("channelId", event.channelId());
        deadlines.schedule(properties.stepTimeout(), DEADLINE);
        ApplicationDesign design = event.design();
        commands.send(new DeployChaincodeCommand(event.channelId(), design.chaincodeName(), design.chaincode(),
                event.sequence())).whenComplete((result, failure) -> {
                    if (failure != null) {
                        Reason why = Reason.of(failure);
                        fail(event, Reason.of("reason.upgrade.not-deployed", "the new version was not deployed: " + why, why),
                                event.sequence() - 1);
                    }
                });
    }

    @SagaEventHandler(associationProperty = "channelId")
    void on(ChaincodeDeployedEvent event) {
        if (deployed || event.sequence() != requested.sequence()) {
            return;
        }
        deployed = true;
        deadlines.cancelAllWithinScope(DEADLINE);
        deadlines.schedule(properties.stepTimeout(), DEADLINE);
        ChaincodeUpgradeRequestedEvent upgrade = requested;
        ApplicationDesign design = upgrade.design();
        commands.send(new GrantApplicationAccessCommand(upgrade.appCode(), upgrade.applicationId(), design.name(),
                upgrade.channelId(), design.chaincodeName(), design.certificateMode(), design.functions(), design.roles(),
                design.nodes(), upgrade.publisherId())).whenComplete((result, failure) -> {
                    if (failure != null) {
                        fail(upgrade, Reason.of("reason.upgrade.gateway-refused", "the new version runs, but the gateway "
                                + "did not take its functions and roles: " + Reason.of(failure), Reason.of(failure)),
                                upgrade.sequence());
                    } else {
                        commands.send(new CompleteChaincodeUpgradeCommand(upgrade.applicationId(),
                                design.chaincode().packageId(), upgrade.sequence()));
                    }
                });
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "applicationId")
    void on(ChaincodeUpgradedEvent event) {
        deadlines.cancelAllWithinScope(DEADLINE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "applicationId")
    void on(ChaincodeUpgradeFailedEvent event) {
        deadlines.cancelAllWithinScope(DEADLINE);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void onDeadline() {
        long seconds = properties.stepTimeout().toSeconds();
        Reason reason = deployed
                ? Reason.of("reason.upgrade.gateway-timeout", "the gateway did not answer within " + seconds + " s", seconds)
                : Reason.of("reason.upgrade.timeout", "the new version did not answer within " + seconds + " s", seconds);
        fail(requested, reason, deployed ? requested.sequence() : requested.sequence() - 1);
    }

    private void fail(ChaincodeUpgradeRequestedEvent upgrade, Reason reason, int committedSequence) {
        String target = upgrade.design().chaincode().packageId().split(":", 2)[0];
        commands.send(new FailChaincodeUpgradeCommand(upgrade.applicationId(), upgrade.design().chaincode().packageId(),
                Reason.of("reason.upgrade.failed", "Upgrade to " + target + " failed: " + reason, target, reason),
                committedSequence));
    }

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    @Autowired
    void setProperties(PublishingProperties properties) {
        this.properties = properties;
    }
}
