/** The aggregates of the permission store: applications with their functions, roles, members and users, and participants with their keys. */
package org.openbsn.gatewayadapter.command;
