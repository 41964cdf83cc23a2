package org.openbsn.accounts.command;

import java.security.SecureRandom;
import java.util.Base64;

import org.openbsn.accounts.api.AccountRules;
import org.openbsn.accounts.api.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Creates the first operator account at first start. Without a configured password it generates
 * a one-time password, prints it once, and the operator must replace it at first sign-in. It runs once
 * the event processors are started and before the web server opens, so the operator can sign in as soon as
 * the sign-in page answers.
 */
@Component
class OperatorBootstrap implements SmartLifecycle {

    /** After Axon's start (phase Integer.MAX_VALUE - 3072), before the web server's (Integer.MAX_VALUE - 2048). */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2560;

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final OperatorProperties properties;
    private final Accounts accounts;

    OperatorBootstrap(OperatorProperties properties, Accounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    private volatile boolean running;

    @Override
    public void start() {
        createOperator();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    void createOperator() {
        String email = properties.email();
        if (email == null || email.isBlank()) {
            log.info("BSN_OPERATOR_EMAIL is not set: no operator account is created at start-up");
            return;
        }
        if (AccountRules.email(email).isPresent()) {
            throw new IllegalStateException("BSN_OPERATOR_EMAIL is not a valid e-mail address: " + email);
        }
        if (accounts.findLogin(email).isPresent()) {
            return;
        }
        String password = properties.password();
        if (password != null && !password.isBlank()) {
            if (AccountRules.password(password).isPresent()) {
                throw new IllegalStateException("BSN_OPERATOR_PASSWORD must be " + AccountRules.PASSWORD_MIN
                        + " to " + AccountRules.PASSWORD_MAX + " characters");
            }
            accounts.openOperator(email, properties.name(), password, false);
            log.info("Operator account {} created with the password from BSN_OPERATOR_PASSWORD", email);
        } else {
            String oneTime = generatePassword();
            accounts.openOperator(email, properties.name(), oneTime, true);
            log.warn("Operator account {} created. One-time password (shown only now; change it at first sign-in): {}",
                    email, oneTime);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
