package org.openbsn.portal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import sun.misc.Signal;

/** Starts the OpenBSN portal: every context, the event store, the read models and the web UI. */
@SpringBootApplication(scanBasePackages = "org.openbsn")
@ConfigurationPropertiesScan("org.openbsn")
@EnableScheduling
public class PortalApplication implements AppShellConfigurator {

    /** How long a SIGTERM that arrives during start-up waits for the start to finish before stopping anyway. */
    private static final long START_PATIENCE_SECONDS = 120;

    public static void main(String[] args) {
        CountDownLatch startEnded = new CountDownLatch(1);
        stopCleanlyOnTerm(startEnded);
        SpringApplication application = new SpringApplication(PortalApplication.class);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready -> startEnded.countDown(),
                (ApplicationListener<ApplicationFailedEvent>) failed -> startEnded.countDown());
        application.run(args);
    }

    /**
     * SIGTERM is how a service manager, {@code kill} or Maven's run goal ask the portal to stop. The stop waits for a
     * start under way to finish (so nothing is cut off half-started), then closes everything in order — the web
     * server, devnet and its chaincode processes, Elasticsearch, PostgreSQL — and ends with status 0 instead of the
     * JVM's 143, which {@code spring-boot:run} would report as a failed build.
     */
    private static void stopCleanlyOnTerm(CountDownLatch startEnded) {
        Signal.handle(new Signal("TERM"), signal -> {
            Thread stopper = new Thread(() -> {
                try {
                    startEnded.await(START_PATIENCE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.exit(0);
            }, "portal-stop");
            stopper.start();
        });
    }
}
