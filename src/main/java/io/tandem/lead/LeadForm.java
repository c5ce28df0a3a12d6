package io.tandem.lead;

/** A new lead, as typed or imported. Name and email are required. */
public record LeadForm(String name, String company, String email, String phone, String jobTitle, Long campaignId,
        String sourceChannel, String notes) {
}
