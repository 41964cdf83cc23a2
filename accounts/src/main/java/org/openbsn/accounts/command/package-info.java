/** The account aggregate and the credential store it keeps outside the event stream. */
package org.openbsn.accounts.command;
