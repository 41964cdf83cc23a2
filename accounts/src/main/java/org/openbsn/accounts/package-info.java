/** Portal accounts: who a person is, which roles they hold, and how they sign in. */
package org.openbsn.accounts;
