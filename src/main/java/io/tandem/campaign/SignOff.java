package io.tandem.campaign;

import io.tandem.base.Team;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The plan's signatures: one team lead of each team must sign before the campaign can leave planning. */
public record SignOff(Map<Team, TeamSignature> signatures) {

    public record TeamSignature(Team team, Long personId, String personName, Instant signedAt) {
    }

    public boolean complete() {
        return signatures.keySet().containsAll(List.of(Team.values()));
    }

    public List<Team> missing() {
        return Arrays.stream(Team.values()).filter(t -> !signatures.containsKey(t)).toList();
    }

    /** "Needs Sales and Marketing sign-off", "Needs Sales sign-off", or "Signed by both teams". */
    public String describe() {
        List<Team> missing = missing();
        if (missing.isEmpty()) {
            return "Signed by both teams";
        }
        return "Needs " + String.join(" and ", missing.stream().map(Team::label).toList()) + " sign-off";
    }
}
