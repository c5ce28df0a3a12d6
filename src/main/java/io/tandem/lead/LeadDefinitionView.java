package io.tandem.lead;

import java.time.Instant;
import java.util.List;

/** A lead definition version as the rest of the app sees it. */
public record LeadDefinitionView(Long id, int versionNo, List<String> criteria, int slaHours, String proposedBy,
        Instant proposedAt, String salesSigner, Instant salesSignedAt, String marketingSigner,
        Instant marketingSignedAt, Instant inForceFrom, Instant supersededAt, Status status, long version) {

    public enum Status { PROPOSED, IN_FORCE, SUPERSEDED }

    public String signersText() {
        return (salesSigner == null ? "Sales: not signed" : "Sales: " + salesSigner) + " · "
                + (marketingSigner == null ? "Marketing: not signed" : "Marketing: " + marketingSigner);
    }
}
