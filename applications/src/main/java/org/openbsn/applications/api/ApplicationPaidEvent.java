package org.openbsn.applications.api;

/** The application is paid for and publishing starts with this design, channel and gateway app code. */
public record ApplicationPaidEvent(String applicationId, String publisherId, String orderId, String appCode, String channelId,
                                   ApplicationDesign design) {
}
