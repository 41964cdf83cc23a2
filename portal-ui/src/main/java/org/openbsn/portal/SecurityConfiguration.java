package org.openbsn.portal;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.openbsn.portal.account.LoginView;
import org.openbsn.portal.security.LoginThrottle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Every request needs a signed-in person except the sign-in and sign-up pages, the smart gateway
 * at {@code /api/**} and Stripe's webhook; each view states the roles it serves, and the context facades check roles
 * again on the server.
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

    /**
     * The smart gateway: business systems call it without a session, and each call's mac is its
     * authentication, so no login, no CSRF token, no session and no redirect.
     */
    @Bean
    @Order(1)
    SecurityFilterChain gatewaySecurity(HttpSecurity http) throws Exception {
        // matched on the whole path: /api/* is its own servlet, not Spring MVC's
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * Stripe's webhook: Stripe calls it without a session, and each delivery's Stripe-Signature is its
     * authentication (billing verifies it), so no login, no CSRF token and no session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain stripeWebhookSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/billing/stripe/webhook"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
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
