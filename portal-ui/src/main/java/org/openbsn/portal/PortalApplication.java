package org.openbsn.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the OpenBSN portal: every context, the event store, the read models and the web UI. */
@SpringBootApplication(scanBasePackages = "org.openbsn")
@ConfigurationPropertiesScan("org.openbsn")
@EnableScheduling
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
