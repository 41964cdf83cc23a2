package org.openbsn.billing.stripe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

import jakarta.servlet.Servlet;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

/** A real Tomcat on a free loopback port serving the webhook servlet at its path, as the portal maps it. */
final class ServedWebhook implements AutoCloseable {

    private final Tomcat tomcat;

    ServedWebhook(Servlet servlet) {
        try {
            tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("webhook-tomcat").toString());
            tomcat.setHostname("127.0.0.1");
            tomcat.setPort(0);
            Context context = tomcat.addContext("", null);
            Tomcat.addServlet(context, "stripeWebhook", servlet);
            context.addServletMappingDecoded(StripeWebhookServlet.PATH, "stripeWebhook");
            tomcat.getConnector();
            tomcat.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + StripeWebhookServlet.PATH);
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }
}
