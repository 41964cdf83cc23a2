/**
 * The smart gateway business systems call, BSN-compatible ({@code protocol}, {@code endpoint}),
 * with event subscriptions and their signed callbacks ({@code events}); the permission store of
 * applications, roles, participants and users ({@code api}, {@code command}, {@code query}); the
 * keys it holds ({@code keys}); the servlet, settings and signing identity the portal serves it
 * with ({@code serving}); and the Fabric client every ledger call goes through ({@code ledger}).
 */
package org.openbsn.gatewayadapter;
