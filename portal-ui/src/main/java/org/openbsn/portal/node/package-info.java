/** City-node views: the owner's nodes and registration, the operator's approvals, the publisher's browsing. */
package org.openbsn.portal.node;
