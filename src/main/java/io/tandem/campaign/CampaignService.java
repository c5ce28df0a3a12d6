package io.tandem.campaign;

import io.tandem.base.CurrentUser;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.SignedInUser;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: created with just a name, planned together, signed by a team lead of each team before they go
 * live. Every signed-in person of either team may see and plan campaigns; the checks are here, not in views.
 */
@Service
@Transactional
public class CampaignService {

    /** Topic of the campaigns list: a notice whenever any campaign changes. */
    public static final String LIST_TOPIC = "campaigns/list";

    private final CampaignRepository campaigns;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, ApplicationEventPublisher events, LiveUpdates liveUpdates,
            Clock clock) {
        this.campaigns = campaigns;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** Starts a campaign with only a name; the creator owns it and is its first participant. */
    @PreAuthorize("isAuthenticated()")
    public CampaignRef create(String name) {
        SignedInUser me = CurrentUser.require();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw ValidationException.of("name", "Give the campaign a name");
        }
        if (trimmed.length() > BriefField.NAME.maxLength()) {
            throw ValidationException.of("name", "Keep the name to " + BriefField.NAME.maxLength() + " characters");
        }
        Campaign campaign = campaigns.save(new Campaign(trimmed, me.personId(), clock.instant()));
        events.publishEvent(new CampaignChanged(me.personId(), me.fullName(), campaign.getId(), "created",
                "Started the campaign " + trimmed));
        changed(campaign.getId(), "campaign-created", me);
        return campaign.ref();
    }

    /** All campaigns by name, for pickers in other features. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CampaignRef> refs() {
        return campaigns.findAllByOrderByNameAsc().stream().map(Campaign::ref).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CampaignRef ref(Long id) {
        return find(id).ref();
    }

    Campaign find(Long id) {
        return campaigns.findById(id).orElseThrow(() -> new ItemNotFoundException("Campaign " + id));
    }

    void changed(Long campaignId, String kind, SignedInUser actor) {
        liveUpdates.publishAfterCommit(Topics.item("campaign", campaignId), kind, String.valueOf(campaignId),
                actor.fullName());
        liveUpdates.publishAfterCommit(LIST_TOPIC, kind, String.valueOf(campaignId), actor.fullName());
    }
}
