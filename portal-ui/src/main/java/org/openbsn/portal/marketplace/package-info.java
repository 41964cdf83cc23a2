/** The chaincode marketplace in the portal: authors upload and follow packages, operators review, publishers find and license them. */
package org.openbsn.portal.marketplace;
