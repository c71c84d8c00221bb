package org.palimpsest.system.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.palimpsest.system.PalimpsestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Reads are public; writes need a signed-in user; undo, restore and rollback need REVIEWER or ADMIN, the admin
 * endpoints ADMIN. API clients sign in with HTTP Basic on every request (stateless); the browser client signs in once
 * with a form and keeps an HTTP session, its writes carrying a CSRF token. Accounts come from
 * {@code palimpsest.accounts} (BCrypt hashes), plus the demo accounts on the embedded store.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Demo passwords are their public user names: a cheap cost keeps Basic auth from dominating a request. */
    private static final int DEMO_BCRYPT_COST = 4;

    private static final Duration REMEMBERED = Duration.ofMinutes(5);

    /** What takes other people's revisions back: a reviewer's judgement, not an editor's (issue 12, point 4). */
    static final String[] REVIEWER_ACTIONS = {
        "/api/entries/*/revisions/*/undo",
        "/api/entries/*/restore",
        "/api/entries/*/rollback",
        "/api/authors/*/rollback"
    };

    /**
     * The browser client's requests: its sign-in and sign-out, {@code /api/me}, the WebSocket handshake, and
     * whatever a browser sends with its session cookie and no Authorization header. Signed in by a form, kept in
     * the HTTP session, and so every write needs the session's CSRF token in a header. First, so that the API
     * chain below sees only what is left: requests with Basic credentials, or without any session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain browser(
            HttpSecurity http, BrowserSecurityHandler browser, UserDetailsService users, PasswordEncoder passwords)
            throws Exception {
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(users);
        checker.setPasswordEncoder(passwords);
        return http.securityMatcher(BrowserRequests::match)
                .authenticationManager(new ProviderManager(checker))
                .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // the client's scripts know where they were; a refused request kept in the session serves nothing
                .requestCache(RequestCacheConfigurer::disable)
                .formLogin(form -> form.loginProcessingUrl(BrowserRequests.LOGIN)
                        .successHandler(browser)
                        .failureHandler(browser)
                        .permitAll())
                .logout(logout -> logout.logoutUrl(BrowserRequests.LOGOUT).logoutSuccessHandler(browser))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(browser).accessDeniedHandler(browser))
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http, ProblemSecurityHandler problems, UserDetailsService users, PasswordEncoder passwords)
            throws Exception {
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(users);
        checker.setPasswordEncoder(passwords);
        return http.authenticationManager(new ProviderManager(new RememberedCredentials(checker, REMEMBERED)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .build();
    }

    /** One set of rules for both chains: they differ in how a user signs in, not in what a user may do. */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, REVIEWER_ACTIONS)
                .hasAnyRole("REVIEWER", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/**")
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**")
                .permitAll()
                .requestMatchers("/error")
                .permitAll()
                .anyRequest()
                .authenticated();
    }

    /**
     * Security's observations are switched off (application.yml), but with an observation registry present its filter
     * chains would still be decorated, each filter of every request wrapped in a no-op observation; without
     * observations at all they are not.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Hashes as "{bcrypt}$2a$…"; a hash without a prefix is taken as BCrypt too. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    @Bean
    UserDetailsService users(PalimpsestProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        if (properties.demoAccountsOn()) {
            BCryptPasswordEncoder demo = new BCryptPasswordEncoder(DEMO_BCRYPT_COST);
            users.add(demoUser("editor1", "EDITOR", demo));
            users.add(demoUser("editor2", "EDITOR", demo));
            users.add(demoUser("reviewer", "REVIEWER", demo));
            users.add(demoUser("admin", "ADMIN", demo));
        }
        for (PalimpsestProperties.Account account : properties.accounts()) {
            users.add(User.withUsername(account.username())
                    .password(account.passwordHash())
                    .roles(
                            account.roles() == null
                                    ? new String[] {"EDITOR"}
                                    : account.roles().toArray(String[]::new))
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails demoUser(String name, String role, PasswordEncoder encoder) {
        return User.withUsername(name)
                .password("{bcrypt}" + encoder.encode(name))
                .roles(role)
                .build();
    }
}
