package org.openbsn.marketplace.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded package file may be ({@code bsn.marketplace.max-package-bytes}) and how much it may unpack to
 * in all, archives and jar together ({@code bsn.marketplace.max-unpacked-bytes}); sizes like "64MB" or bytes.
 */
@ConfigurationProperties("bsn.marketplace")
public record InspectionProperties(@DefaultValue("64MB") DataSize maxPackageBytes,
                                   @DefaultValue("256MB") DataSize maxUnpackedBytes) {

    public static InspectionProperties defaults() {
        return new InspectionProperties(DataSize.ofMegabytes(64), DataSize.ofMegabytes(256));
    }
}
