package org.openbsn.gatewayadapter.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches chaincode event names against subscriptions' eventKeys: a full match of the regular
 * expression. Matching reads the name at most {@link #BUDGET} times, so a pathological expression
 * cannot stall the follower that every subscription of the chaincode shares; it just does not match.
 */
final class EventKeys {

    static final int BUDGET = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventKeys.class);

    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    boolean matches(String eventKey, String eventName) {
        Pattern pattern = compiled.computeIfAbsent(eventKey, Pattern::compile);
        try {
            return pattern.matcher(new Budgeted(eventName)).matches();
        } catch (BudgetSpent spent) {
            LOG.warn("eventKey {} took too long to match event {}; treated as no match", eventKey, eventName);
            return false;
        }
    }

    /** The name as the matcher reads it, counting each read. */
    private static final class Budgeted implements CharSequence {

        private final String text;
        private int reads;

        Budgeted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads > BUDGET) {
                throw new BudgetSpent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super("regular expression budget spent", null, false, false);
        }
    }
}
