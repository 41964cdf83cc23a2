/** What other modules may use of the node registry: messages, results, rules, and the {@link org.openbsn.noderegistry.api.CityNodes} facade. */
package org.openbsn.noderegistry.api;
