/** Errors a person can act on: each carries a message key and arguments the portal translates. */
package org.openbsn.infra.error;
