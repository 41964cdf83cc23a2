package org.openbsn.gatewayadapter.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets a participant call an application with these roles; sent again, it replaces the roles. */
public record AdmitParticipantCommand(@TargetAggregateIdentifier String appCode, String userCode, List<String> roles) {
}
