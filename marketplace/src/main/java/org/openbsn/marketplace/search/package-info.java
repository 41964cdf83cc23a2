/** The Elasticsearch index of listed packages and the search over it: full text, facets, sorting and paging. */
package org.openbsn.marketplace.search;
