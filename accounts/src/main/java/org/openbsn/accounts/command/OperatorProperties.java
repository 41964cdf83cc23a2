package org.openbsn.accounts.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The first operator: {@code BSN_OPERATOR_EMAIL}, and optionally {@code BSN_OPERATOR_PASSWORD}. */
@ConfigurationProperties("bsn.operator")
record OperatorProperties(String email, String password, @DefaultValue("Operator") String name) {
}
