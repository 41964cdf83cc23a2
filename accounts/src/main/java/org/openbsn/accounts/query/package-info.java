/** The account read model. */
package org.openbsn.accounts.query;
