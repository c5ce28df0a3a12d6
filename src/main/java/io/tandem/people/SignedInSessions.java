package io.tandem.people;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import com.vaadin.flow.router.BeforeEnterEvent;
import io.tandem.people.ui.LoginView;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The Vaadin sessions open on this node, so that deactivating a person ends theirs at once: their HTTP session
 * is invalidated and their open browser tabs are sent to the sign-in page.
 */
@Component
class SignedInSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    /** Time for the "go to sign-in" message to reach the browser before the session ends. */
    private static final Duration PUSH_GRACE = Duration.ofSeconds(1);
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final ActivePeople activePeople;

    SignedInSessions(ActivePeople activePeople) {
        this.activePeople = activePeople;
    }

    @Override
    public void serviceInit(com.vaadin.flow.server.ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(e -> sessions.add(e.getSession()));
        service.addSessionDestroyListener(e -> sessions.remove(e.getSession()));
        // a session that outlived its person's deactivation (another node, a tab that missed the push) signs out
        service.addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::refuseDeactivated));
        // an ended or expired session sends the browser straight to sign-in instead of showing a notice
        service.setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL("login");
            return messages;
        });
    }

    private void refuseDeactivated(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (activePeople.mayAct(auth) || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        log.info("Signed out {}: deactivated since signing in", auth.getName());
        SecurityContextHolder.clearContext();
        WrappedSession http = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (http != null) {
            http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        event.rerouteTo(LoginView.class);
    }

    /** Ends every session of {@code username} on this node; returns how many were ended. */
    int endSessionsOf(String username) {
        String wanted = username.toLowerCase(Locale.ROOT);
        int ended = 0;
        for (VaadinSession session : sessions) {
            WrappedSession http = session.getSession();
            if (http == null) {
                continue;
            }
            Object context;
            try {
                context = http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            } catch (IllegalStateException alreadyInvalid) {
                continue;
            }
            Authentication auth = context instanceof SecurityContext sc ? sc.getAuthentication() : null;
            if (auth == null || !wanted.equals(auth.getName().toLowerCase(Locale.ROOT))) {
                continue;
            }
            ended++;
            // first send every open tab of theirs to sign-in, then end the session once that has been pushed
            session.access(() -> session.getUIs().forEach(ui -> {
                ui.getPage().setLocation("login");
                if (ui.getPushConfiguration().getPushMode().isEnabled()) {
                    ui.push();
                }
            }));
            CompletableFuture.delayedExecutor(PUSH_GRACE.toMillis(), TimeUnit.MILLISECONDS).execute(
                    () -> session.access(() -> {
                        try {
                            http.invalidate();
                        } catch (IllegalStateException alreadyInvalid) {
                            log.debug("Session of {} was already invalid", username);
                        }
                    }));
        }
        log.info("Ended {} session(s) of {} ({} sessions open on this node)", ended, username, sessions.size());
        return ended;
    }
}
