package io.tandem.lead;

import java.util.Locale;

/** A new lead, as typed or imported. Name and email are required. */
public record LeadForm(String name, String company, String email, String phone, String jobTitle, Long campaignId,
        String sourceChannel, String notes) {

    /** The email as it is stored and compared: without surrounding white space, in lower case. */
    public String normalizedEmail() {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** An optional field as it is stored: {@code null} when blank, otherwise without surrounding white space. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
