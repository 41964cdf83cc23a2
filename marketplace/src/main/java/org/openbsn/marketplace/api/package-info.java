/** What other contexts and the portal may use of the marketplace: its commands, events, queries, results and facade. */
package org.openbsn.marketplace.api;
