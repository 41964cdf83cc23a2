/**
 * The shared ordering service: ordering clusters, assignment of applications to clusters, channel creation and membership.
 * Nothing is built here yet; see DESIGN.md and the open issues.
 */
package org.openbsn.orderingbridge;
