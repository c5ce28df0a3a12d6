package io.tandem.collateral;

import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo collateral, made through the real service as the demo people (so the trail, notifications and rules are
 * the real ones): a published case study used by sales, a battlecard waiting for Sam's and Jonas's review (overdue), an
 * email with changes requested, and a draft video. Idempotent: does nothing when the first demo asset exists.
 * Needs the demo people ({@code DemoPeople.seed()}) first.
 */
@Component
public class DemoCollateral {

    static final String CASE_STUDY = "Acme Health: 30% faster onboarding";

    private final CollateralService collateral;
    private final AssetRepository assets;
    private final PeopleService people;
    private final CampaignService campaigns;
    private final UserDetailsService users;

    DemoCollateral(CollateralService collateral, AssetRepository assets, PeopleService people,
            CampaignService campaigns, UserDetailsService users) {
        this.collateral = collateral;
        this.assets = assets;
        this.people = people;
        this.campaigns = campaigns;
        this.users = users;
    }

    /** Adds the demo assets unless they exist; returns how many were added. */
    public int seed() {
        if (assets.existsByTitleIgnoreCase(CASE_STUDY)) {
            return 0;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            as("maya");
            Map<String, Long> ids = people.listActive().stream()
                    .collect(Collectors.toMap(PersonSummary::username, PersonSummary::id, (a, b) -> a));
            List<CampaignRef> refs = campaigns.refs();
            Long campaignId = refs.isEmpty() ? null : refs.getFirst().id();
            List<AssetSummary> made = new ArrayList<>();

            AssetSummary study = collateral.create(new AssetForm(CASE_STUDY, AssetType.CASE_STUDY, campaignId,
                    BuyerStage.DECISION, "How a 400-bed hospital group cut clinician onboarding from 10 to 7 days.",
                    null));
            collateral.addFileVersion(study.id(), "acme-health-case-study.pdf", pdf(CASE_STUDY), "First edition");
            collateral.submit(study.id(), List.of(ids.get("leo"), ids.get("sam")));
            decide("leo", study.id(), Decision.APPROVE, "Clear and on brand");
            decide("sam", study.id(), Decision.APPROVE, "Exactly what prospects ask for");
            as("maya");
            collateral.publish(study.id());
            as("priya");
            collateral.recordUse(study.id(), "Northwind Clinics", true, "Answered the rollout-time objection");
            as("jonas");
            collateral.recordUse(study.id(), null, true, null);
            made.add(study);

            as("leo");
            AssetSummary card = collateral.create(new AssetForm("Battlecard: us vs. Globex", AssetType.BATTLECARD,
                    null, BuyerStage.CONSIDERATION, "Where we win, where they win, and what to say.",
                    LocalDate.now().minusDays(1)));
            collateral.addFileVersion(card.id(), "battlecard-globex.pdf", pdf("Battlecard: us vs. Globex"), null);
            collateral.submit(card.id(), List.of(ids.get("maya"), ids.get("sam"), ids.get("jonas")));
            decide("maya", card.id(), Decision.APPROVE, null);
            made.add(card);

            as("ines");
            AssetSummary email = collateral.create(new AssetForm("Nurture email: ROI calculator", AssetType.EMAIL_TEMPLATE,
                    campaignId, BuyerStage.AWARENESS, null, LocalDate.now().plusDays(5)));
            collateral.addLinkVersion(email.id(), "https://docs.example/emails/roi-calculator", "Draft copy");
            collateral.submit(email.id(), List.of(ids.get("maya"), ids.get("priya")));
            decide("priya", email.id(), Decision.REQUEST_CHANGES, "Lead with the payback period, not the features");
            made.add(email);

            as("tom");
            made.add(collateral.create(new AssetForm("Product tour (3 min video)", AssetType.VIDEO_LINK, null,
                    BuyerStage.AWARENESS, "A short walkthrough for first calls.", null)));
            return made.size();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void decide(String username, Long assetId, Decision decision, String comment) {
        as(username);
        collateral.decide(assetId, 1, decision, comment);
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
    }

    /** A small, valid one-page PDF showing {@code title}. */
    static byte[] pdf(String title) {
        String text = title.replaceAll("[()\\\\]", " ");
        String content = "BT /F1 22 Tf 72 720 Td (" + text + ") Tj 0 -32 Td /F1 12 Tf (Tandem demo collateral) Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Function<String, Integer> write = s -> {
            int at = out.size();
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
            return at;
        };
        write.apply("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(write.apply((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n"));
        }
        int xref = write.apply("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write.apply(String.format("%010d 00000 n \n", offset));
        }
        write.apply("trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }
}
