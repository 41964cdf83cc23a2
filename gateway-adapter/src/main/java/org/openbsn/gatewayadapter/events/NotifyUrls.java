package org.openbsn.gatewayadapter.events;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which notify URLs the gateway calls: absolute http(s) URLs of at most {@link #LONGEST} characters,
 * with a host; unless private addresses are allowed, not one that resolves to a loopback,
 * private, link-local, unique-local, wildcard or multicast address.
 */
final class NotifyUrls {

    static final int LONGEST = 512;

    private NotifyUrls() {
    }

    /** Empty when the gateway may call {@code url}; otherwise what is wrong with it. */
    static Optional<String> problem(String url, boolean allowPrivateAddresses) {
        if (url.isEmpty()) {
            return Optional.of("notifyUrl is missing");
        }
        if (url.length() > LONGEST) {
            return Optional.of("notifyUrl is longer than " + LONGEST + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            return Optional.of("notifyUrl is not a valid URL: " + malformed.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of("notifyUrl must be an absolute http or https URL, not " + url);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("notifyUrl has no host: " + url);
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("notifyUrl must not carry a user name or password");
        }
        return allowPrivateAddresses ? Optional.empty() : privateAddress(uri.getHost());
    }

    /** Empty when every address {@code host} resolves to is public; otherwise why the gateway will not call it. */
    static Optional<String> privateAddress(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return Optional.of("the host of notifyUrl, " + host + ", cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of("notifyUrl host " + host + " is a loopback or private address ("
                        + address.getHostAddress() + "); the gateway calls public addresses only");
            }
        }
        return Optional.empty();
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }
}
