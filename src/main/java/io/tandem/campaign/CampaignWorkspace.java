package io.tandem.campaign;

import io.tandem.people.PersonSummary;
import java.time.Instant;
import java.util.List;

/** Everything the workspace shows on open; live parts reload from the service as notices arrive. */
public record CampaignWorkspace(CampaignRef ref, PersonSummary owner, Brief brief, SignOff signOff,
        List<PersonSummary> participants, boolean canEdit, boolean canSign, boolean canChangeStatus,
        boolean hasSalesInput, Instant statusChangedAt) {

    /**
     * Whether the workspace's header and side cards (name, status, sign-off, participants, what this person may do)
     * show the same for both; the brief's other fields are not part of it.
     */
    public boolean sameHeaderAs(CampaignWorkspace other) {
        return other != null && ref.equals(other.ref) && java.util.Objects.equals(owner, other.owner)
                && signOff.equals(other.signOff) && participants.equals(other.participants)
                && canEdit == other.canEdit && canSign == other.canSign && canChangeStatus == other.canChangeStatus
                && hasSalesInput == other.hasSalesInput
                && java.util.Objects.equals(statusChangedAt, other.statusChangedAt);
    }

    public boolean hasSalesParticipant() {
        return participants.stream().anyMatch(p -> p.team() == io.tandem.base.Team.SALES);
    }
}
