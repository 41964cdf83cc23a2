/** Read models of city nodes: lists, detail, and each node's history. */
package org.openbsn.noderegistry.query;
