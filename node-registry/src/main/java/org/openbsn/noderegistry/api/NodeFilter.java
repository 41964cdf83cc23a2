package org.openbsn.noderegistry.api;

/** What a publisher narrows active nodes by; blank means any. */
public record NodeFilter(String city, String region) {
}
