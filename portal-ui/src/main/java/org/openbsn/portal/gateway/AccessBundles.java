package org.openbsn.portal.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.HostedAccessKey;
import org.openbsn.gatewayadapter.api.ParticipantKeysView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A participant's access bundle for one application: a zip with what a business system's BSN SDK
 * configuration needs (gateway address, appCode, userCode, the gateway's certificate, MSP and
 * channel, and the hosted access key's private half when the gateway made it), and a README.
 */
@Component
public class AccessBundles {

    static final String CERTIFICATE = "gateway-certificate.pem";
    static final String ACCESS_KEY = "access-private-key.pem";
    /** Where the SDKs keep the certificates of the users they enrol (public-key-upload mode). */
    static final String MSP_PATH = "./msp";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final GatewayAdministration gateway;
    private final String publicUrl;

    AccessBundles(GatewayAdministration gateway, @Value("${bsn.gateway.public-url:}") String publicUrl) {
        this.gateway = gateway;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    /** The bundle of {@code userCode} for {@code appCode}; empty unless the participant is a member of it. */
    public Optional<byte[]> of(String userCode, String appCode, String portalUrl) {
        if (gateway.member(appCode, userCode).isEmpty()) {
            return Optional.empty();
        }
        return gateway.application(appCode).map(app -> zip(userCode, app, gatewayUrl(portalUrl)));
    }

    /** The configured public address, else the portal's own; never ending in "/" (the SDKs append /api/...). */
    String gatewayUrl(String portalUrl) {
        String url = publicUrl.isEmpty() ? portalUrl : publicUrl;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private byte[] zip(String userCode, GatewayApplicationView app, String nodeApi) {
        boolean hosted = gateway.keys(userCode).map(ParticipantKeysView::accessKeyHosted).orElse(false);
        Optional<String> privateKey = hosted
                ? gateway.hostedAccessKey(userCode).map(HostedAccessKey::privateKeyPem) : Optional.empty();
        String certificate = gateway.gatewayCertificatePem();
        // Java's Config.buildLocalConfigByJson and Go's NewConfigFormFile take the PEM text itself; Python's Config
        // takes file paths, so the same file carries both, as BSN's own downloads do
        ObjectNode config = json.createObjectNode()
                .put("nodeApi", nodeApi)
                .put("appCode", app.appCode())
                .put("userCode", userCode)
                .put("userPrivateKey", privateKey.orElse(""))
                .put("bsnPublicKey", certificate)
                .put("mspPath", MSP_PATH)
                .put("user_code", userCode)
                .put("app_code", app.appCode())
                .put("user_private_cert_path", privateKey.isPresent() ? ACCESS_KEY : "")
                .put("app_public_cert_path", CERTIFICATE)
                .put("mspDir", MSP_PATH)
                .put("mspId", app.mspId())
                .put("channelId", app.channelId())
                .put("caType", app.mode().caType())
                .put("algorithmType", 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "config.json", json.writeValueAsString(config));
            add(zip, CERTIFICATE, certificate);
            if (privateKey.isPresent()) {
                add(zip, ACCESS_KEY, privateKey.get());
            }
            add(zip, "README.txt", readme(app, privateKey.isPresent()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the bundle's config.json could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String readme(GatewayApplicationView app, boolean withKey) {
        String key = withKey
                ? ACCESS_KEY + " is your access private key (PKCS#8 PEM). Keep it secret: whoever holds it calls the\n"
                  + "gateway as you. Issuing a new access key in the portal makes this one stop working.\n"
                : "Your access key is one you uploaded: sign with its private key, which never reached the gateway\n"
                  + "(or, without one yet, issue or upload an access key in the portal and download this bundle again).\n";
        String enrol = app.mode() == CertificateMode.PUBLIC_KEY_UPLOAD
                ? "This application uses public-key upload (caType 2): register users with user/register, then enrol\n"
                  + "them with user/enroll from your SDK; their private keys stay with you.\n"
                : "This application uses key trust (caType 1): the gateway holds your users' transaction keys and\n"
                  + "signs reqChainCode calls for them.\n";
        return """
                OpenBSN access bundle for application %s (%s)

                config.json is the configuration file of BSN's SDKs, loaded unchanged:
                  Java: Config.buildLocalConfigByJson("config.json"); Go: config.NewConfigFormFile("config.json")
                    nodeApi        -> the gateway's address (the SDK appends /api/...)
                    appCode, userCode
                    userPrivateKey -> your access private key, PEM text (also in %s)
                    bsnPublicKey   -> the gateway's X.509 certificate, PEM text (also in %s); every
                                      reply's mac verifies with it
                    mspPath        -> where the SDK keeps the certificates of the users it enrols
                  Python: Config(user_code, app_code, nodeApi, mspDir, httpcert, user_private_cert_path,
                    app_public_cert_path), each value under that name in config.json (paths are relative
                    to the bundle's folder)
                  mspId, channelId, caType, algorithmType -> what getAppInfo also answers

                %s
                %s
                Note for BSN's Java SDK: it verifies replies with BSN's own built-in key, not the configured
                one, so point its PublicConfig at %s to verify replies from this gateway.
                """.formatted(app.appCode(), app.name(), ACCESS_KEY, CERTIFICATE, key, enrol, CERTIFICATE);
    }
}
