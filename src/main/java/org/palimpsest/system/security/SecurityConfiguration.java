package org.palimpsest.system.security;

import java.util.ArrayList;
import java.util.List;

import org.palimpsest.system.PalimpsestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public; writes need a signed-in user (HTTP Basic); the admin endpoints need ADMIN. Accounts
 * come from {@code palimpsest.accounts} (BCrypt hashes), plus the demo accounts on the embedded store.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Demo passwords are their public user names: a cheap cost keeps Basic auth from dominating a request. */
    private static final int DEMO_BCRYPT_COST = 4;

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PalimpsestProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        if (properties.embedded() || properties.demoAccounts()) {
            BCryptPasswordEncoder demo = new BCryptPasswordEncoder(DEMO_BCRYPT_COST);
            users.add(demoUser("editor1", "EDITOR", demo));
            users.add(demoUser("editor2", "EDITOR", demo));
            users.add(demoUser("reviewer", "REVIEWER", demo));
            users.add(demoUser("admin", "ADMIN", demo));
        }
        for (PalimpsestProperties.Account account : properties.accounts()) {
            users.add(User.withUsername(account.username()).password(account.passwordHash())
                    .roles(account.roles() == null ? new String[] {"EDITOR"} : account.roles().toArray(String[]::new))
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails demoUser(String name, String role, PasswordEncoder encoder) {
        return User.withUsername(name).password(encoder.encode(name)).roles(role).build();
    }
}
