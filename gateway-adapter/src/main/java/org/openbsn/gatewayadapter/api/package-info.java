/**
 * What other modules may use of the smart gateway: the messages that define applications, admit
 * participants and give them keys, the views of the permission store, the rules their fields obey,
 * and the {@link org.openbsn.gatewayadapter.api.GatewayAdministration} facade.
 */
package org.openbsn.gatewayadapter.api;
