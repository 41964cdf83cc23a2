package org.openbsn.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import sun.misc.Signal;

/** Starts the OpenBSN portal: every context, the event store, the read models and the web UI. */
@SpringBootApplication(scanBasePackages = "org.openbsn")
@ConfigurationPropertiesScan("org.openbsn")
@EnableScheduling
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        stopCleanlyOnTerm();
        SpringApplication.run(PortalApplication.class, args);
    }

    /**
     * SIGTERM is how a service manager, {@code kill} or Maven's run goal ask the portal to stop. The shutdown that
     * follows is orderly (the context closes, PostgreSQL, Elasticsearch and chaincode processes stop), so it ends with
     * status 0 instead of the JVM's 143, which {@code spring-boot:run} would report as a failed build.
     */
    private static void stopCleanlyOnTerm() {
        Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    }
}
