package io.tandem.campaign;

import io.tandem.base.Team;
import java.util.Set;

/**
 * Which campaigns the list shows.
 *
 * @param statuses empty for all
 * @param team     only campaigns with a participant from this team, or {@code null}
 * @param mine     only campaigns I own or take part in
 * @param search   part of the name, or blank
 */
public record CampaignFilter(Set<CampaignStatus> statuses, Team team, boolean mine, String search) {

    public static CampaignFilter all() {
        return new CampaignFilter(Set.of(), null, false, "");
    }
}
