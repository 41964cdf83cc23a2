/**
 * The chaincode marketplace: package upload and validation, versions, review, pricing, licences, search and ratings.
 * Nothing is built here yet; see DESIGN.md and the open issues.
 */
package org.openbsn.marketplace;
