package io.tandem.lead;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column of an imported file means. Each field knows the headers it is recognised by, covering the usual
 * exports of HubSpot (Contacts → Export) and Salesforce (Leads → Export / reports), compared without case, spaces
 * or punctuation.
 */
public enum ImportField {
    FULL_NAME("Name", "name", "fullname", "contactname", "leadname", "contact"),
    FIRST_NAME("First name", "firstname", "givenname", "first"),
    LAST_NAME("Last name", "lastname", "surname", "familyname", "last"),
    EMAIL("Email", "email", "emailaddress", "workemail", "primaryemail", "businessemail", "mail"),
    COMPANY("Company", "company", "companyname", "account", "accountname", "organization", "organisation",
            "associatedcompany"),
    PHONE("Phone", "phone", "phonenumber", "telephone", "workphone", "businessphone", "mobile", "mobilephone",
            "mobilephonenumber"),
    JOB_TITLE("Job title", "jobtitle", "title", "position", "role"),
    SOURCE_CHANNEL("Source channel", "leadsource", "originalsource", "source", "channel", "sourcechannel",
            "latestsource", "originalsourcetype"),
    NOTES("Notes", "notes", "note", "description", "message", "comments", "comment"),
    CAMPAIGN("Campaign (by name)", "campaign", "campaignname", "sourcecampaign", "primarycampaign",
            "primarycampaignsource"),
    IGNORE("Don't import");

    private final String label;
    private final Set<String> headers;

    ImportField(String label, String... headers) {
        this.label = label;
        this.headers = Set.of(headers);
    }

    public String label() {
        return label;
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The field a header stands for, or {@link #IGNORE}. */
    static ImportField recognise(String header) {
        String key = normalise(header);
        for (ImportField f : values()) {
            if (f.headers.contains(key)) {
                return f;
            }
        }
        return IGNORE;
    }

    /** A mapping for a header row: each recognised field goes to its first column, later ones are ignored. */
    static List<ImportField> recognise(List<String> headers) {
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        List<ImportField> mapping = new ArrayList<>();
        for (String h : headers) {
            ImportField f = recognise(h);
            mapping.add(f != IGNORE && taken.add(f) ? f : IGNORE);
        }
        return mapping;
    }

    /** What is missing for rows to be importable with this mapping, or {@code null}. */
    static String missing(List<ImportField> mapping) {
        boolean name = mapping.contains(FULL_NAME) || mapping.contains(FIRST_NAME) || mapping.contains(LAST_NAME);
        boolean email = mapping.contains(EMAIL);
        if (!name && !email) {
            return "No column is used for the name or the email address. Pick them in the column mapping.";
        }
        if (!name) {
            return "No column is used for the name. Pick a Name column, or First name and Last name.";
        }
        if (!email) {
            return "No column is used for the email address. Pick the Email column in the mapping.";
        }
        return null;
    }
}
