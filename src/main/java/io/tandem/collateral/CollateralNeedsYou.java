package io.tandem.collateral;

import io.tandem.base.NeedsYou;
import io.tandem.base.NeedsYouProvider;
import io.tandem.base.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Home's "what needs you" for collateral: reviews waiting for the person (overdue when past the asset's due
 * date), their assets with changes requested, and their published assets nobody used in 90 days.
 */
@Component
@Order(20)
class CollateralNeedsYou implements NeedsYouProvider {

    private final CollateralService collateral;
    private final Clock clock;

    CollateralNeedsYou(CollateralService collateral, Clock clock) {
        this.collateral = collateral;
        this.clock = clock;
    }

    @Override
    public List<NeedsYou> needsYou(SignedInUser person, String noticeId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<NeedsYou> items = new ArrayList<>();
        for (AssetSummary a : collateral.waitingForMe()) {
            boolean overdue = a.dueDate() != null && a.dueDate().isBefore(today);
            items.add(new NeedsYou("Review collateral", a.title() + " (version " + a.currentVersionNo() + ")",
                    a.route(), a.dueDate() == null ? null : a.dueDate().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    overdue));
        }
        for (AssetSummary a : collateral.changesRequestedOf(person.personId())) {
            items.add(new NeedsYou("Changes requested", a.title(), a.route(), null, false));
        }
        for (AssetSummary a : collateral.retireCandidates(person.personId())) {
            items.add(new NeedsYou("Retire?", a.title() + ": not used in " + CollateralService.RETIRE_AFTER_DAYS
                    + " days", a.route(), null, false));
        }
        return items;
    }

    @Override
    public List<String> topics(SignedInUser person) {
        return List.of(CollateralService.LIST_TOPIC);
    }
}
