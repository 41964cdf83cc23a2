package org.openbsn.portal;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.openbsn.portal.account.LoginView;
import org.openbsn.portal.security.LoginThrottle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request needs a signed-in person except the sign-in and sign-up pages; each view states
 * the roles it serves, and the context facades check roles again on the server.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(LoginThrottle.Limits.class)
class SecurityConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginThrottle.Limits limits) {
        return new LoginThrottle(limits, Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> { }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
