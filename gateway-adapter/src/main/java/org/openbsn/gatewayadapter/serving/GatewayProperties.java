package org.openbsn.gatewayadapter.serving;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal serves the smart gateway: the gateway's certificate and PKCS#8 private key as PEM
 * files (both or neither; without them an identity is generated once and kept), the address business
 * systems reach it at ({@code ""}: the portal's own address), and the largest request body accepted.
 */
@ConfigurationProperties("bsn.gateway")
public record GatewayProperties(Path certificateFile, Path keyFile, String publicUrl,
                                @DefaultValue("1048576") int maxBodyBytes) {

    public GatewayProperties {
        publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    /** True when either PEM file is set: the identity then comes from the files, and both must be readable. */
    public boolean configuredIdentity() {
        return isSet(certificateFile) || isSet(keyFile);
    }

    static boolean isSet(Path file) {
        return file != null && !file.toString().isBlank();
    }
}
