/** Reading an uploaded package and its manifest as hostile input: archive safety, package format and manifest rules. */
package org.openbsn.marketplace.inspection;
