/** The applications read models: one document per application, and who takes part in which. */
package org.openbsn.applications.query;
