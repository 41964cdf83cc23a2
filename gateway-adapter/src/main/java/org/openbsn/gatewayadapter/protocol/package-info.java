/**
 * BSN's smart-gateway wire protocol (BSN-GATEWAY.md): the JSON envelope, the request macs, the
 * signed replies, and the servlet that serves them with HTTP 200 and a Content-Length always.
 */
package org.openbsn.gatewayadapter.protocol;
