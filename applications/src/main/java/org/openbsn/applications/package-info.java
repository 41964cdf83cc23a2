/**
 * Published applications: drafts, node and resource selection, chaincode choice, chain and management modes, functions and roles, participants, and the publishing process.
 * Nothing is built here yet; see DESIGN.md and the open issues.
 */
package org.openbsn.applications;
