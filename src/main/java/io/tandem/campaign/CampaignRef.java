package io.tandem.campaign;

/** What other features need of a campaign: to link to it and show its name. */
public record CampaignRef(Long id, String name, CampaignStatus status) {

    /** The route of its workspace. */
    public String route() {
        return "campaigns/" + id;
    }
}
