/**
 * Event subscriptions of the smart gateway (BSN-GATEWAY.md §7): event/register, blockRegister,
 * query and remove; the aggregate and read model of subscriptions; the followers that turn
 * chaincode events and blocks into pending callbacks; and the dispatcher that sends them, signed,
 * with BSN's resend schedule.
 */
package org.openbsn.gatewayadapter.events;
