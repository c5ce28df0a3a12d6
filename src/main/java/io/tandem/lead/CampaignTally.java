package io.tandem.lead;

/** Verdicts of one meeting for one campaign ({@code campaignId} null: leads without a campaign). */
public record CampaignTally(Long campaignId, int accepted, int rejected, int recycled) {
}
