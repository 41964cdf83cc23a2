/** What other modules may use of accounts: its messages, results, rules and the {@link org.openbsn.accounts.api.Accounts} facade. */
package org.openbsn.accounts.api;
