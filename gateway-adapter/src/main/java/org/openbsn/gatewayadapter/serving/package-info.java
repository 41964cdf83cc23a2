/**
 * The smart gateway as the portal serves it: the servlet at {@code /api/*}, its settings, and the
 * gateway's signing identity (configured PEM files, or generated once and kept).
 */
package org.openbsn.gatewayadapter.serving;
