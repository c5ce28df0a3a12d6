package io.tandem.base;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ClassFilters;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationClassFilter;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Refuses invisible control characters in every piece of text a person hands to a service: String arguments, Strings
 * in lists, and the String fields of records and form beans of this app. Applied around every {@code @Service}
 * method outside the collaboration infrastructure, after the authorization check and before any transaction opens,
 * so a refused call writes nothing. The refusal is a {@link ValidationException} naming the field (the parameter or
 * component name), which the views already show on that field. Tab and line breaks are allowed; emoji, any script and any punctuation too.
 * See docs/decisions/0016.
 */
@Configuration(proxyBeanMethods = false)
class TextInputGuard {

    /** After method security (which runs first), before the transaction interceptor (lowest precedence). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor textInputAdvisor() {
        MethodInterceptor guard = invocation -> {
            check(invocation.getMethod(), invocation.getArguments());
            return invocation.proceed();
        };
        // only the app's own services: the collaboration infrastructure and sign-in are not proxied at all
        ClassFilter services = ClassFilters.intersection(new AnnotationClassFilter(Service.class, true),
                type -> type.getName().startsWith("io.tandem.")
                        && !type.getPackageName().startsWith("io.tandem.collaboration")
                        && !UserDetailsService.class.isAssignableFrom(type));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ComposablePointcut(services), guard);
        advisor.setOrder(ORDER);
        return advisor;
    }

    static void check(Method method, Object[] args) {
        Map<String, String> errors = new LinkedHashMap<>();
        Parameter[] params = method.getParameters();
        for (int i = 0; i < args.length && i < params.length; i++) {
            inspect(params[i].getName(), args[i], errors, 0);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void inspect(String field, Object value, Map<String, String> errors, int depth) {
        if (value == null || depth > 2) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (TextInput.hasControlCharacters(text)) {
                errors.putIfAbsent(field, TextInput.CONTROL_MESSAGE);
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> inspect(field, item, errors, depth + 1));
        } else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("io.tandem")) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                inspect(c.getName(), read(c.getAccessor(), value), errors, depth + 1);
            }
        } else if (value.getClass().getPackageName().startsWith("io.tandem") && !value.getClass().isEnum()
                && !(value instanceof com.vaadin.flow.component.Component)) {
            for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(value.getClass())) {
                if (p.getReadMethod() != null && p.getPropertyType() == String.class) {
                    inspect(p.getName(), read(p.getReadMethod(), value), errors, depth + 1);
                }
            }
        }
    }

    private static Object read(Method accessor, Object from) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(from);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
