package org.openbsn.applications.command;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long each publishing step may take before publishing fails and everything is released and refunded. */
@ConfigurationProperties("bsn.publishing")
public record PublishingProperties(@DefaultValue("60s") Duration stepTimeout) {
}
