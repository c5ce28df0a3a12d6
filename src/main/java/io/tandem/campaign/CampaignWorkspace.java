package io.tandem.campaign;

import io.tandem.people.PersonSummary;
import java.time.Instant;
import java.util.List;

/** Everything the workspace shows on open; live parts reload from the service as notices arrive. */
public record CampaignWorkspace(CampaignRef ref, PersonSummary owner, Brief brief, SignOff signOff,
        List<PersonSummary> participants, boolean canEdit, boolean canSign, boolean canChangeStatus,
        boolean hasSalesInput, Instant statusChangedAt) {

    public boolean hasSalesParticipant() {
        return participants.stream().anyMatch(p -> p.team() == io.tandem.base.Team.SALES);
    }
}
