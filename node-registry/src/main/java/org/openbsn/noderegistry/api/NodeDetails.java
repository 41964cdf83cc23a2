package org.openbsn.noderegistry.api;

/** What identifies a city node to publishers: its name, where it is, who runs it, and its gateway. */
public record NodeDetails(String name, String city, String region, String provider, String gatewayUrl) {

    /** The same details with surrounding blanks removed. */
    public NodeDetails trimmed() {
        return new NodeDetails(strip(name), strip(city), strip(region), strip(provider), strip(gatewayUrl));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
