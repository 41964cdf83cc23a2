/**
 * Licences of listed packages: the Licence aggregate, the purchase saga with billing, the licence and licensable-package
 * read models, the expiry watch and the {@code Licences} facade.
 */
package org.openbsn.marketplace.licence;
