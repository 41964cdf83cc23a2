package org.openbsn.gatewayadapter.api;

/** Every application the participant was admitted to, with its roles there, by appCode. */
public record FindMembershipsQuery(String userCode) {
}
