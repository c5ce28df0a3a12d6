package io.tandem.lead;

import io.tandem.base.NeedsYou;
import io.tandem.base.NeedsYouProvider;
import io.tandem.base.SignedInUser;
import io.tandem.base.Team;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the lead board asks of a person on their home: the Sales team lead (who runs the triage) sees the
 * handed-over leads waiting for a verdict; sales people see their own overdue leads; team leads see definition
 * versions waiting for their team's signature.
 */
@Component
class LeadNeedsYou implements NeedsYouProvider {

    private final LeadRepository leads;
    private final ColumnCounts counts;
    private final LeadDefinitionService definitions;
    private final Clock clock;

    LeadNeedsYou(LeadRepository leads, ColumnCounts counts, LeadDefinitionService definitions, Clock clock) {
        this.leads = leads;
        this.counts = counts;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NeedsYou> needsYou(SignedInUser person, String noticeId) {
        List<NeedsYou> out = new ArrayList<>();
        Instant now = clock.instant();
        if (person.team() == Team.SALES) {
            // counted up to the board's limit, as its column is: the exact size of a huge backlog changes nothing
            long waiting = isTeamLead(person)
                    ? counts.upTo(LeadStage.MQL, LeadFilter.ALL, now, ColumnSlice.COUNTED_UP_TO + 1) : 0;
            if (waiting > 0) {
                out.add(new NeedsYou("Lead verdicts", waiting == 1 ? "1 handed-over lead waits for a verdict"
                        : ColumnSlice.label(waiting) + " handed-over leads wait for a verdict", "leads", null, false));
            }
            for (Lead l : leads.overdueOwnedBy(person.personId(), now, PageRequest.of(0, 5))) {
                out.add(new NeedsYou("Overdue lead", "First contact with " + l.getName()
                        + (l.getCompany() == null ? "" : " (" + l.getCompany() + ")"), "leads", l.getSlaDueAt(), true));
            }
        }
        for (LeadDefinitionView d : definitions.awaitingMySignature()) {
            out.add(new NeedsYou("Sign the lead definition", "Lead definition v" + d.versionNo() + " proposed by "
                    + d.proposedBy(), "leads", null, false));
        }
        return out;
    }

    private static boolean isTeamLead(SignedInUser person) {
        return person instanceof TandemUser user && user.role() == Role.TEAM_LEAD;
    }

    /** The board's notices, for sales and team leads: nothing on the board ever waits for a marketer who is not one. */
    @Override
    public List<String> topics(SignedInUser person) {
        return person.team() == Team.SALES || isTeamLead(person) ? List.of(LeadService.BOARD_TOPIC) : List.of();
    }
}
