package io.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Every route and every public service method declares who may use it. Generated from the code: a new view
 * without an access annotation, or a new public service method without a {@code @PreAuthorize} rule, fails here.
 * (The collaboration package is infrastructure: its entry points build the user from the security context and
 * refuse anonymous callers themselves.)
 */
class AccessRulesTest {

    private static final Set<Class<?>> ACCESS_ANNOTATIONS = Set.of(PermitAll.class, RolesAllowed.class,
            AnonymousAllowed.class, DenyAll.class);

    private static List<Class<?>> scan(Class<? extends java.lang.annotation.Annotation> annotation) throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> classes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("io.tandem")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes;
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() throws Exception {
        List<Class<?>> routes = scan(Route.class);
        assertThat(routes).hasSizeGreaterThanOrEqualTo(5);
        List<String> missing = routes.stream()
                .filter(c -> Arrays.stream(c.getAnnotations()).noneMatch(a -> ACCESS_ANNOTATIONS.contains(a.annotationType())))
                .map(Class::getName).toList();
        assertThat(missing).as("routes without @PermitAll/@RolesAllowed/@AnonymousAllowed/@DenyAll").isEmpty();
        List<String> anonymous = routes.stream().filter(c -> c.isAnnotationPresent(AnonymousAllowed.class))
                .map(Class::getSimpleName).toList();
        assertThat(anonymous).as("only the sign-in page is open to anonymous visitors").containsExactly("LoginView");
    }

    @Test
    void everyPublicServiceMethodDeclaresARule() throws Exception {
        List<Class<?>> services = scan(Service.class).stream()
                .filter(c -> !c.getPackageName().startsWith("io.tandem.collaboration")).toList();
        assertThat(services).extracting(Class::getSimpleName).contains("PeopleService", "CampaignService",
                "ActivityService", "NotificationService");
        List<String> missing = new ArrayList<>();
        for (Class<?> service : services) {
            boolean classRule = service.isAnnotationPresent(PreAuthorize.class);
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !classRule && !m.isAnnotationPresent(PreAuthorize.class)) {
                    missing.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(missing).as("public service methods without @PreAuthorize").isEmpty();
    }
}
