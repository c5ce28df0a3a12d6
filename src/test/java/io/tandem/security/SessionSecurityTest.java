package io.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tandem.TandemSpringTest;
import io.tandem.TestPeople;
import io.tandem.base.Team;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonForm;
import io.tandem.people.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sessions over HTTP, through the real security filter chain: sign-in changes the session id (fixation), sign-out
 * invalidates the session, five wrong passwords lock a username out even with the right one, the session cookie is
 * HTTP-only and same-site, and the actuator shows only a bare health status to the public.
 */
@TandemSpringTest
class SessionSecurityTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;
    @Autowired
    Environment env;

    private MockMvc http;
    private PersonForm person;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        demoPeople.seed();
        person = TestPeople.form("session", Team.SALES, Role.MEMBER);
        demoPeople.runAs("alex", () -> people.create(person));
    }

    private MvcResult signIn(MockHttpSession session, String password) throws Exception {
        return http.perform(post("/login").session(session).with(csrf()).with(cookieOf(session))
                .param("username", person.getUsername()).param("password", password)).andReturn();
    }

    /** As a browser does: the request names its session (the cookie), so the container treats it as valid. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor cookieOf(MockHttpSession s) {
        return request -> {
            request.setRequestedSessionId(s.getId());
            request.setRequestedSessionIdValid(true);
            request.setRequestedSessionIdFromCookie(true);
            return request;
        };
    }

    private static boolean signedIn(MvcResult result) {
        return result.getResponse().getStatus() == 302
                && !String.valueOf(result.getResponse().getRedirectedUrl()).contains("error");
    }

    @Test
    void signInChangesTheSessionIdAndSignOutInvalidatesTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult in = signIn(session, person.getPassword());
        assertThat(signedIn(in)).as("signed in: " + in.getResponse().getRedirectedUrl()).isTrue();
        assertThat(session.getId()).as("session id after sign-in").isNotEqualTo(before);

        MvcResult out = http.perform(post("/logout").session(session).with(csrf()).with(cookieOf(session))).andReturn();
        assertThat(out.getResponse().getStatus()).isEqualTo(302);
        assertThat(session.isInvalid()).as("session invalidated by sign-out").isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signedIn(signIn(new MockHttpSession(), "wrong-password-" + i))).isFalse();
        }
        MvcResult right = signIn(new MockHttpSession(), person.getPassword());
        assertThat(signedIn(right)).as("locked out after five failures").isFalse();
        assertThat(right.getResponse().getRedirectedUrl()).contains("error");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        assertThat(env.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
        assertThat(env.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
    }

    @Test
    void theActuatorShowsOnlyABareHealthStatusToThePublic() throws Exception {
        MvcResult health = http.perform(get("/actuator/health")).andReturn();
        assertThat(health.getResponse().getStatus()).isEqualTo(200);
        assertThat(health.getResponse().getContentAsString()).contains("\"status\"").doesNotContain("components")
                .doesNotContain("mariadb").doesNotContain("diskSpace");
        for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "loggers", "metrics",
                "mappings", "info", "shutdown", "sessions", "liquibase")) {
            MvcResult r = http.perform(get("/actuator/" + endpoint)).andReturn();
            assertThat(r.getResponse().getStatus()).as("/actuator/" + endpoint).isNotEqualTo(200);
            assertThat(r.getResponse().getContentAsString()).as("/actuator/" + endpoint)
                    .doesNotContain("spring.datasource").doesNotContain("\"beans\"");
        }
    }
}
