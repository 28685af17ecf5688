package org.candour.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.candour.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Map;

/**
 * Staff sign-in. Views declare who may open them with access annotations (checked by Vaadin's
 * navigation access control); services declare it with method security. Respondents never sign in.
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize. JSR-250 is left off so that views, which carry @RolesAllowed for
// Vaadin's navigation access control, are never wrapped in method-security proxies.
@EnableMethodSecurity
class SecurityConfiguration {

    /** Where signed-in staff land, and where respondents never need to go. */
    static final String STAFF_HOME = "/staff";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class, "/login?logout")
                        .defaultSuccessUrl(STAFF_HOME, false))
                .build();
    }

    /** Argon2id for new hashes; BCrypt hashes are still accepted (and are upgraded on change). */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }
}
