/** What runs after an upload and after a deployment: the automatic check on the ledger, and deployment counts. */
package org.openbsn.marketplace.review;
