/** The application aggregate, the publishing saga, and the listener that turns billing's payments into publishing. */
package org.openbsn.applications.command;
