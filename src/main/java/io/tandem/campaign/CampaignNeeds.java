package io.tandem.campaign;

import io.tandem.base.NeedsYou;
import io.tandem.base.NeedsYouProvider;
import io.tandem.base.SignedInUser;
import io.tandem.collaboration.Topics;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the home view about open questions for sales, plans to sign and one's own plan tasks. */
@Component
class CampaignNeeds implements NeedsYouProvider {

    private final CampaignService campaigns;

    CampaignNeeds(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public List<NeedsYou> needsYou(SignedInUser person, String noticeId) {
        return campaigns.needsYou();
    }

    @Override
    public List<String> topics(SignedInUser person) {
        return List.of(CampaignService.LIST_TOPIC, Topics.notifications(person.personId()));
    }
}
