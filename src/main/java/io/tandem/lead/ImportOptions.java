package io.tandem.lead;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How to read an uploaded file: its encoding ({@code null}: from its byte-order mark, else UTF-8), the campaign
 * for rows that name none ({@code null}: none), and the column mapping ({@code null}: recognised from the header).
 */
public record ImportOptions(Charset charset, Long campaignId, List<ImportField> mapping) {

    public static final ImportOptions AUTO = new ImportOptions(null, null, null);

    public ImportOptions withCharset(Charset c) {
        return new ImportOptions(c, campaignId, mapping);
    }

    public ImportOptions withCampaign(Long id) {
        return new ImportOptions(charset, id, mapping);
    }

    public ImportOptions withMapping(List<ImportField> m) {
        return new ImportOptions(charset, campaignId, m == null ? null : List.copyOf(m));
    }
}
