/**
 * The smart gateway for participants: the applications they were admitted to, their access key,
 * access bundles for their business systems, and their recent gateway calls. A portal account is
 * the gateway participant whose userCode is the account's id without hyphens
 * ({@code GatewayRules.userCodeOfAccount}); every page takes it from the signed-in person, so each
 * person sees only their own.
 */
package org.openbsn.portal.gateway;
