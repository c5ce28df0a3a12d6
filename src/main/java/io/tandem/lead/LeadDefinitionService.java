package io.tandem.lead;

import io.tandem.activity.NotificationService;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.people.CurrentPerson;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead definition: a versioned contract of qualification criteria and follow-up SLA. Anyone proposes a
 * version; it takes effect once a Sales team lead and a Marketing team lead have both signed it, and the
 * version it replaces is kept as history.
 */
@Service
@Transactional
public class LeadDefinitionService {

    /** The SLA when no definition is in force yet. */
    public static final int DEFAULT_SLA_HOURS = 24;

    private final LeadDefinitionRepository definitions;
    private final CurrentPerson currentPerson;
    private final PeopleService people;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    LeadDefinitionService(LeadDefinitionRepository definitions, CurrentPerson currentPerson, PeopleService people,
            NotificationService notifications, ApplicationEventPublisher events, LiveUpdates liveUpdates,
            Clock clock) {
        this.definitions = definitions;
        this.currentPerson = currentPerson;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LeadDefinitionView> inForce() {
        return definitions.findFirstByInForceFromIsNotNullAndSupersededAtIsNullOrderByInForceFromDesc()
                .map(LeadDefinition::view);
    }

    /** Every version, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LeadDefinitionView> history() {
        return definitions.findAllByOrderByVersionNoDesc().stream().map(LeadDefinition::view).toList();
    }

    /** Proposed versions still missing the signature of the signed-in team lead's team. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LeadDefinitionView> awaitingMySignature() {
        TandemUser me = currentPerson.require();
        if (me.role() != Role.TEAM_LEAD) {
            return List.of();
        }
        return definitions.findByInForceFromIsNullOrderByVersionNoDesc().stream()
                .filter(d -> !d.signedBy(me.team())).map(LeadDefinition::view).toList();
    }

    int slaHoursInForce() {
        return definitions.findFirstByInForceFromIsNotNullAndSupersededAtIsNullOrderByInForceFromDesc()
                .map(LeadDefinition::getSlaHours).orElse(DEFAULT_SLA_HOURS);
    }

    /** Anyone proposes a new version; both teams' leads are asked to sign. */
    @PreAuthorize("isAuthenticated()")
    public LeadDefinitionView propose(List<String> criteria, int slaHours) {
        TandemUser me = currentPerson.require();
        Set<String> clean = new LinkedHashSet<>();
        for (String c : criteria == null ? List.<String>of() : criteria) {
            if (c != null && !c.isBlank()) {
                String t = c.trim().replace('\n', ' ');
                if (t.length() > 200) {
                    throw ValidationException.of("criteria", "Keep each criterion to 200 characters");
                }
                clean.add(t);
            }
        }
        if (clean.isEmpty()) {
            throw ValidationException.of("criteria", "List at least one criterion a qualified lead meets");
        }
        if (clean.size() > 15) {
            throw ValidationException.of("criteria", "Keep the definition to 15 criteria");
        }
        if (slaHours < 1 || slaHours > 720) {
            throw ValidationException.of("slaHours", "The SLA is between 1 and 720 business hours");
        }
        LeadDefinition d = definitions.save(new LeadDefinition(definitions.maxVersionNo() + 1, List.copyOf(clean),
                slaHours, me.personId(), me.fullName(), clock.instant()));
        publish(me, d, "proposed", "Proposed lead definition v" + d.getVersionNo());
        List<Long> leads = people.listActive().stream().filter(PersonSummary::isTeamLead).map(PersonSummary::id)
                .toList();
        notifications.notify(leads, me.fullName() + " proposed lead definition v" + d.getVersionNo()
                + ": it awaits your signature", "leads");
        return d.view();
    }

    /** A team lead signs for their team; the second team's signature puts the version in force. */
    @PreAuthorize("isAuthenticated()")
    public LeadDefinitionView sign(Long id, long expectedVersion) {
        TandemUser me = currentPerson.require();
        if (me.role() != Role.TEAM_LEAD) {
            throw new AccessDeniedException("Only a team lead signs the lead definition for their team");
        }
        LeadDefinition d = definitions.findById(id)
                .orElseThrow(() -> new ItemNotFoundException("Lead definition " + id));
        if (d.getVersion() != expectedVersion) {
            throw new StaleEditException("Lead definition v" + d.getVersionNo()
                    + " was signed or changed meanwhile. Look at it again.");
        }
        if (d.getInForceFrom() != null) {
            throw ValidationException.of("signature", "This version is signed by both teams already");
        }
        if (d.signedBy(me.team())) {
            throw ValidationException.of("signature", me.team().label() + " has signed this version already");
        }
        Instant now = clock.instant();
        Optional<LeadDefinition> previous =
                definitions.findFirstByInForceFromIsNotNullAndSupersededAtIsNullOrderByInForceFromDesc();
        boolean inForce = d.sign(me.team(), me.personId(), me.fullName(), now);
        if (inForce) {
            previous.ifPresent(p -> p.supersede(now));
        }
        try {
            definitions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Someone signed lead definition v" + d.getVersionNo()
                    + " at the same moment. Look at it again.");
        }
        publish(me, d, "signed", "Signed lead definition v" + d.getVersionNo() + " for " + me.team().label());
        if (inForce) {
            publish(me, d, "in-force", "Lead definition v" + d.getVersionNo() + " is in force (signed by both teams)");
        }
        return d.view();
    }

    private void publish(TandemUser me, LeadDefinition d, String action, String summary) {
        events.publishEvent(new LeadDefinitionChanged(me.personId(), me.fullName(), d.getId(), action, summary));
        liveUpdates.publishAfterCommit(LeadService.BOARD_TOPIC, "definition-" + action, String.valueOf(d.getId()),
                me.fullName());
    }
}
