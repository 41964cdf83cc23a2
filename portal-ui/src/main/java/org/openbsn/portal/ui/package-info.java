/** What every view shares: the layout, language, error handling and the translation of rule messages. */
package org.openbsn.portal.ui;
