/**
 * The gateway's read models in PostgreSQL: applications with their functions, roles and members,
 * participants' keys, and applications' users; and the callers of the wire protocol, found in them.
 */
package org.openbsn.gatewayadapter.query;
