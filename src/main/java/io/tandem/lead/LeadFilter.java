package io.tandem.lead;

/**
 * What the board shows: all {@code null}/false shows everything.
 *
 * @param campaignId only leads of this campaign
 * @param ownerId    only leads owned by this person
 * @param overdueOnly only leads whose SLA clock ran out without a first contact
 */
public record LeadFilter(Long campaignId, Long ownerId, boolean overdueOnly) {

    public static final LeadFilter ALL = new LeadFilter(null, null, false);
}
