package io.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.TandemSpringTest;
import io.tandem.TestPeople;
import io.tandem.base.Team;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executed authorization matrix: every public method of every {@code @Service} bean (found by reflection, so a new
 * method appears here by itself) is called through its Spring proxy by each kind of caller, and the outcome of the
 * security check is compared with the rule written down below. A method without a rule, a rule for a method that
 * no longer exists, or any caller allowed where the rule refuses (or refused where it allows) fails the test.
 *
 * <p>Calls use placeholder arguments (ids that do not exist, empty lists, nulls) inside a transaction that is always
 * rolled back, so an allowed call changes nothing. Only the method-level rule is judged here: a refusal by the
 * interceptor ({@link AuthorizationDeniedException}, {@link AuthenticationCredentialsNotFoundException}) counts as
 * refused; anything else (a result, a not-found, a validation error, a refusal inside the method body) means the
 * caller got past the rule. Rules inside method bodies (only Sales accepts a lead, only participants edit a plan,
 * only reviewers decide) are covered by the feature tests listed in docs/reliability.md.
 *
 * <p>The collaboration package is infrastructure (it builds UI components for views and takes the user from the
 * security context), as in {@link AccessRulesTest}.
 */
@TandemSpringTest
class AuthorizationMatrixTest {

    /** Who calls. */
    enum Caller {
        ANONYMOUS(null, null, null),
        SALES_MEMBER("priya", Team.SALES, Role.MEMBER),
        SALES_LEAD("sam", Team.SALES, Role.TEAM_LEAD),
        MARKETING_MEMBER("leo", Team.MARKETING, Role.MEMBER),
        MARKETING_LEAD("maya", Team.MARKETING, Role.TEAM_LEAD),
        ADMIN("alex", Team.MARKETING, Role.ADMIN),
        /** A Marketing team lead whose session was signed in before an admin deactivated them. */
        DEACTIVATED(null, Team.MARKETING, Role.TEAM_LEAD);

        final String username;
        final Team team;
        final Role role;

        Caller(String username, Team team, Role role) {
            this.username = username;
            this.team = team;
            this.role = role;
        }

        boolean active() {
            return this != ANONYMOUS && this != DEACTIVATED;
        }
    }

    /** Who may pass a method's rule. */
    enum Rule {
        PUBLIC((c, m) -> true),
        SIGNED_IN((c, m) -> c.active()),
        TEAM_LEAD((c, m) -> c.active() && c.role == Role.TEAM_LEAD),
        MARKETING((c, m) -> c.active() && c.team == Team.MARKETING),
        MARKETING_OR_ADMIN((c, m) -> c.active() && (c.team == Team.MARKETING || c.role == Role.ADMIN)),
        ADMIN((c, m) -> c.active() && c.role == Role.ADMIN);

        final BiPredicate<Caller, Method> allows;

        Rule(BiPredicate<Caller, Method> allows) {
            this.allows = allows;
        }
    }

    /** The rules, per service and method (all overloads of a name share one rule). */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rules("CampaignService", Rule.SIGNED_IN, "create", "refs", "ref", "list", "count", "workspace", "signOff",
                "saveBriefField", "addParticipant", "removeParticipant", "inputs", "addInput", "answer", "deleteInput",
                "tasks", "addTask", "updateTask", "setTaskDone", "moveTask", "deleteTask", "activate", "complete",
                "cancel", "history", "mention", "needsYou");
        rules("CampaignService", Rule.TEAM_LEAD, "sign");
        rules("CollateralService", Rule.SIGNED_IN, "maxUploadBytes", "update", "addFileVersion", "addLinkVersion",
                "file", "submit", "decide", "publish", "retire", "recordUse", "library", "workbench", "waitingForMe",
                "retireCandidates", "changesRequestedOf", "details");
        rules("CollateralService", Rule.MARKETING, "create");
        rules("ContentRequestService", Rule.SIGNED_IN, "ask", "list");
        rules("ContentRequestService", Rule.MARKETING, "accept", "decline");
        rules("ActivityService", Rule.SIGNED_IN, "forItem");
        rules("ActivityService", Rule.ADMIN, "recent");
        rules("NotificationService", Rule.SIGNED_IN, "notify", "mine", "unreadCount", "markRead", "markAllRead");
        rules("LeadService", Rule.SIGNED_IN, "column", "count", "slice", "get", "history", "create", "handOver", "accept",
                "reject", "recycle", "logContact", "move", "export", "assign", "refusal");
        rules("LeadImportService", Rule.MARKETING_OR_ADMIN, "preview", "importRows", "undo");
        rules("LeadFeedbackService", Rule.SIGNED_IN, "forCampaign");
        rules("InsightsService", Rule.SIGNED_IN, "dashboard", "campaigns", "scorecard", "defaultPeriod");
        rules("TargetService", Rule.SIGNED_IN, "targets", "canPropose", "propose", "agree", "withdraw", "progress");
        rules("AlignmentService", Rule.SIGNED_IN, "submit", "mine", "byTeamAndMonth", "dimensions", "averageScore");
        rules("LeadDefinitionService", Rule.SIGNED_IN, "inForce", "history", "awaitingMySignature", "propose", "sign");
        rules("TriageMeetingService", Rule.SIGNED_IN, "current", "start", "end", "summary");
        rules("PeopleService", Rule.SIGNED_IN, "listActive", "byIds", "get");
        rules("PeopleService", Rule.ADMIN, "listAll", "create", "update", "deactivate", "reactivate",
                "resetPassword");
        rules("PersonDetailsService", Rule.PUBLIC, "loadUserByUsername");
    }

    private static void rules(String service, Rule rule, String... methods) {
        for (String m : methods) {
            Rule before = RULES.put(service + "." + m, rule);
            if (before != null) {
                throw new IllegalStateException("Two rules for " + service + "." + m);
            }
        }
    }

    @Autowired
    ApplicationContext ctx;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    UserDetailsService users;
    @Autowired
    PeopleService people;
    @Autowired
    PlatformTransactionManager transactions;

    private final Map<Caller, Authentication> authentications = new EnumMap<>(Caller.class);

    @BeforeEach
    void callers() {
        demoPeople.seed();
        authentications.put(Caller.ANONYMOUS, new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (Caller c : Caller.values()) {
            if (c.username != null) {
                authentications.put(c, signedIn(c.username));
            }
        }
        // sign in a team lead, keep their authentication (their session), then an admin deactivates them
        SecurityContextHolder.getContext().setAuthentication(authentications.get(Caller.ADMIN));
        var gone = people.create(TestPeople.form("gone", Team.MARKETING, Role.TEAM_LEAD));
        Authentication stale = signedIn(gone.username());
        assertThat(((TandemUser) stale.getPrincipal()).isEnabled()).isTrue();
        people.deactivate(gone.id());
        SecurityContextHolder.clearContext();
        authentications.put(Caller.DEACTIVATED, stale);
    }

    private Authentication signedIn(String username) {
        var user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @AfterEach
    void out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyServiceMethodRefusesExactlyTheCallersItsRuleRefuses() {
        Map<String, Method> methods = serviceMethods();
        assertThat(methods.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).distinct())
                .as("services found").contains("PeopleService", "CampaignService", "CollateralService",
                        "ContentRequestService", "LeadService", "LeadDefinitionService", "TriageMeetingService",
                        "ActivityService", "NotificationService", "PersonDetailsService", "LeadImportService",
                        "LeadFeedbackService", "InsightsService", "TargetService", "AlignmentService");

        List<String> withoutRule = methods.keySet().stream().map(AuthorizationMatrixTest::ruleKey).distinct()
                .filter(k -> !RULES.containsKey(k)).toList();
        assertThat(withoutRule).as("public service methods without a rule in this matrix").isEmpty();
        Set<String> existing = Set.copyOf(methods.keySet().stream().map(AuthorizationMatrixTest::ruleKey).toList());
        assertThat(RULES.keySet().stream().filter(k -> !existing.contains(k)).toList())
                .as("rules for methods that no longer exist").isEmpty();

        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        int refused = 0;
        int refusedInBody = 0;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (var entry : methods.entrySet()) {
            Method method = entry.getValue();
            Object bean = beanFor(entry.getKey());
            Rule rule = RULES.get(ruleKey(entry.getKey()));
            for (Caller caller : Caller.values()) {
                Throwable outcome = tx.execute(status -> {
                    status.setRollbackOnly();
                    SecurityContextHolder.getContext().setAuthentication(authentications.get(caller));
                    try {
                        method.invoke(bean, placeholders(method));
                        return null;
                    } catch (InvocationTargetException e) {
                        return e.getCause();
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
                calls++;
                boolean wasRefused = outcome instanceof AuthorizationDeniedException
                        || outcome instanceof AuthenticationCredentialsNotFoundException;
                if (wasRefused) {
                    refused++;
                } else if (outcome instanceof AccessDeniedException) {
                    refusedInBody++;
                }
                boolean allowed = rule.allows.test(caller, method);
                if (allowed == wasRefused) {
                    mismatches.add(entry.getKey() + " as " + caller + ": rule " + rule + " expects "
                            + (allowed ? "allowed" : "refused") + " but got " + (outcome == null ? "a result" : outcome));
                }
            }
        }
        System.out.printf("Authorization matrix: %d methods x %d callers = %d calls; %d refused by rule, "
                + "%d passed the rule and were refused in the method body%n", methods.size(), Caller.values().length,
                calls, refused, refusedInBody);
        assertThat(mismatches).as("authorization mismatches").isEmpty();
        assertThat(calls).isEqualTo(methods.size() * Caller.values().length);
        // every caller kind is refused somewhere and allowed somewhere (so the matrix can fail both ways)
        assertThat(refused).isGreaterThan(methods.size());
    }

    @Test
    void aDeactivatedPersonsStaleSessionIsRefusedAtOnceAndAReactivatedOneAllowedAgain() {
        Authentication stale = authentications.get(Caller.DEACTIVATED);
        SecurityContextHolder.getContext().setAuthentication(stale);
        assertThat(catching(() -> people.listActive())).isInstanceOf(AuthorizationDeniedException.class);

        SecurityContextHolder.getContext().setAuthentication(authentications.get(Caller.ADMIN));
        people.reactivate(((TandemUser) stale.getPrincipal()).personId());
        SecurityContextHolder.getContext().setAuthentication(stale);
        assertThat(catching(() -> people.listActive())).isNull();
    }

    @Test
    void aDemotedAdminLosesAdminRightsWithoutSigningInAgain() {
        SecurityContextHolder.getContext().setAuthentication(authentications.get(Caller.ADMIN));
        var admin = people.create(TestPeople.form("boss", Team.SALES, Role.ADMIN));
        Authentication session = signedIn(admin.username());
        SecurityContextHolder.getContext().setAuthentication(session);
        assertThat(catching(() -> people.listAll())).isNull();

        SecurityContextHolder.getContext().setAuthentication(authentications.get(Caller.ADMIN));
        var current = people.get(admin.id());
        people.update(admin.id(), current.version(), new io.tandem.people.PersonForm(admin.username(),
                current.fullName(), current.email(), Team.SALES, Role.MEMBER, null));
        SecurityContextHolder.getContext().setAuthentication(session);
        assertThat(catching(() -> people.listAll())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(catching(() -> people.listActive())).isNull();
    }

    private static Throwable catching(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** "Service.method(ParamTypes)" → method, over every @Service bean outside the collaboration package. */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (Object bean : ctx.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("io.tandem") || type.getPackageName().startsWith("io.tandem.collaboration")) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic() && !m.isBridge())
                    .sorted(Comparator.comparing(Method::toGenericString))
                    .forEach(m -> {
                        m.setAccessible(true);
                        methods.put(type.getSimpleName() + "." + m.getName() + Arrays.toString(
                                Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toArray()), m);
                    });
        }
        return methods;
    }

    private Object beanFor(String key) {
        String simpleName = key.substring(0, key.indexOf('.'));
        return ctx.getBeansWithAnnotation(Service.class).values().stream()
                .filter(b -> AopUtils.getTargetClass(b).getSimpleName().equals(simpleName)).findFirst().orElseThrow();
    }

    private static String ruleKey(String methodKey) {
        return methodKey.substring(0, methodKey.indexOf('['));
    }

    /** Harmless arguments: ids that exist nowhere, empty collections, nulls for forms and filters. */
    static Object[] placeholders(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            if (t == Long.class || t == long.class) {
                args[i] = -987_654L;
            } else if (t == int.class || t == Integer.class) {
                args[i] = 1;
            } else if (t == boolean.class || t == Boolean.class) {
                args[i] = Boolean.TRUE;
            } else if (t == String.class || t == Object.class) {
                args[i] = "matrix";
            } else if (t.isEnum()) {
                args[i] = t.getEnumConstants()[0];
            } else if (t == List.class || t == Collection.class) {
                args[i] = List.of();
            } else if (t == Set.class) {
                args[i] = Set.of();
            } else if (t == LocalDate.class) {
                args[i] = LocalDate.now();
            } else if (t == byte[].class) {
                args[i] = new byte[0];
            } else if (t == Writer.class) {
                args[i] = new StringWriter();
            } else {
                args[i] = null;
            }
        }
        return args;
    }
}
