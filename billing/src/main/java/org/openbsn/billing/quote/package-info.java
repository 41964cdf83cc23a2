/** Pricing: resources on city nodes for a number of years plus the platform fee, and marketplace licences. */
package org.openbsn.billing.quote;
