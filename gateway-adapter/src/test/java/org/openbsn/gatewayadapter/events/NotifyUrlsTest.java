package org.openbsn.gatewayadapter.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which notify URLs the gateway will call: public http(s) only, unless private addresses are allowed. */
class NotifyUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/cb", "http://localhost/cb", "https://10.1.2.3/cb",
            "http://192.168.0.7/cb", "http://172.16.5.5/cb", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/cb", "http://[fd00::5]/cb", "http://0.0.0.0/cb", "http://100.64.0.1/cb"})
    void refusesLoopbackAndPrivateAddressesByDefault(String url) {
        assertThat(NotifyUrls.problem(url, false)).get().asString()
                .contains("is a loopback or private address", "the gateway calls public addresses only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/cb", "http://[::1]/cb", "http://10.1.2.3/cb"})
    void allowsPrivateAddressesWhenConfigured(String url) {
        assertThat(NotifyUrls.problem(url, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/callbacks", "http://[2001:4860:4860::8888]:8443/cb"})
    void allowsPublicAddresses(String url) {
        assertThat(NotifyUrls.problem(url, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://8.8.8.8/x", "/relative/path", "mailto:ops@example.com", "http:///nohost",
            "https://user:pw@8.8.8.8/cb", "http://exa mple.com/"})
    void refusesWhatIsNotAnAbsoluteHttpUrlWithAHost(String url) {
        assertThat(NotifyUrls.problem(url, true)).get().asString().containsPattern("notifyUrl (must|has no host|is not a valid)");
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void refusesAMissingUrl(String url) {
        assertThat(NotifyUrls.problem(url, false)).contains("notifyUrl is missing");
    }
}
