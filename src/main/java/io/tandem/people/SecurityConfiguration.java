package io.tandem.people;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.tandem.people.ui.LoginView;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.core.Authentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with people stored in MariaDB (BCrypt), Vaadin's view access control on every route, and method
 * security so every service checks its callers itself.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Every {@code @PreAuthorize} rule is evaluated against the person as they stand now, not as they stood at
     * sign-in: a deactivated person's stale session (another node, an old tab) is refused like an anonymous
     * caller, and a changed role or team counts at once (see {@link ActivePeople}).
     */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ObjectProvider<ActivePeople> activePeople,
            ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler() {
            @Override
            public EvaluationContext createEvaluationContext(Supplier<? extends Authentication> authentication,
                    MethodInvocation invocation) {
                return super.createEvaluationContext(
                        () -> activePeople.getObject().current(authentication.get()), invocation);
            }
        };
        handler.setApplicationContext(context);
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
