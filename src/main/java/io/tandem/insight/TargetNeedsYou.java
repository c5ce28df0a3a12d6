package io.tandem.insight;

import io.tandem.base.NeedsYou;
import io.tandem.base.NeedsYouProvider;
import io.tandem.base.SignedInUser;
import io.tandem.campaign.CampaignService;
import io.tandem.collateral.CollateralService;
import io.tandem.lead.LeadService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Home's part of the shared targets: every agreed target with its progress over the last 30 days (behind ones
 * flagged), and, for a team lead, targets the other team proposed that wait for their agreement.
 */
@Component
@Order(40)
class TargetNeedsYou implements NeedsYouProvider {

    /** The period home shows target progress for. */
    static final int DAYS = 30;

    private final TargetService targets;
    private final Clock clock;

    TargetNeedsYou(TargetService targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public List<NeedsYou> needsYou(SignedInUser person, String noticeId) {
        List<NeedsYou> items = new ArrayList<>();
        for (TargetInfo t : targets.targets()) {
            if (t.canAgree()) {
                items.add(new NeedsYou("Agree a shared target", t.title() + ", proposed by " + t.proposedBy() + " ("
                        + t.proposedTeam().label() + ")", "insights", null, false));
            }
        }
        Period period = Period.lastDays(DAYS, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (TargetProgress p : targets.progress(period, noticeId)) {
            items.add(new NeedsYou("Shared target, last " + DAYS + " days", p.target().metric().label() + ": "
                    + p.summary(), "insights", null, p.value().isPresent() && !p.met()));
        }
        return items;
    }

    @Override
    public List<String> topics(SignedInUser person) {
        return List.of(TargetService.TOPIC, LeadService.BOARD_TOPIC, CollateralService.LIST_TOPIC,
                CampaignService.LIST_TOPIC);
    }
}
