package io.tandem.lead;

import io.tandem.base.Team;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo leads: a lead definition signed by both team leads and about 40 leads across stages and campaigns,
 * some overdue. Idempotent: does nothing once the demo leads exist. Loaded in demo mode by {@link DemoLeadsStartup};
 * tests call {@link #seed()} only when they want the data.
 */
@Component
public class DemoLeads {

    private static final String[][] PEOPLE = {
        {"Nina Weber", "Acme GmbH", "Head of IT"}, {"Omar Haddad", "Globex", "CTO"},
        {"Julia Novak", "Initech", "Procurement lead"}, {"Ken Adams", "Umbrella Ltd", "COO"},
        {"Sofia Rossi", "Stark Retail", "Marketing director"}, {"Liam O'Brien", "Wayne Logistics", "Ops manager"},
        {"Mei Chen", "Hooli", "VP Engineering"}, {"Peter Jansen", "Vandelay Imports", "Owner"},
        {"Aisha Khan", "Soylent Foods", "Head of Sales"}, {"Lucas Moreau", "Cyberdyne", "IT architect"},
    };

    static final String FIRST_EMAIL = "demo.lead0@acmegmbh.example";

    private final LeadRepository leads;
    private final StageChangeRepository changes;
    private final LeadDefinitionRepository definitions;
    private final PeopleService people;
    private final CampaignService campaigns;
    private final UserDetailsService users;
    private final Clock clock;

    DemoLeads(LeadRepository leads, StageChangeRepository changes, LeadDefinitionRepository definitions,
            PeopleService people, CampaignService campaigns, UserDetailsService users, Clock clock) {
        this.leads = leads;
        this.changes = changes;
        this.definitions = definitions;
        this.people = people;
        this.campaigns = campaigns;
        this.users = users;
        this.clock = clock;
    }

    /** Seeds the demo leads unless there are leads already; returns how many were added. */
    @Transactional
    public int seed() {
        if (leads.existsByEmailIgnoreCase(FIRST_EMAIL)) {
            return 0;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            signInAsSystem();
            return seedSignedIn();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void signInAsSystem() {
        // people and campaigns are read through their services, which are for signed-in people: the seed reads
        // them as the demo admin
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        UserDetails any = users.loadUserByUsername("alex");
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(any, null, any.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
    }

    private int seedSignedIn() {
        Instant now = clock.instant();
        List<PersonSummary> active = people.listActive();
        Map<String, PersonSummary> byUsername = active.stream()
                .collect(Collectors.toMap(PersonSummary::username, p -> p));
        PersonSummary sam = byUsername.get("sam");
        PersonSummary maya = byUsername.get("maya");
        List<PersonSummary> reps = active.stream().filter(p -> p.team() == Team.SALES && p.role() == Role.MEMBER)
                .toList();
        if (definitions.count() == 0) {
            LeadDefinition d = new LeadDefinition(1, List.of("Budget known", "Decision maker reached",
                    "Need confirmed", "Timing within 6 months", "Company fits the target profile"), 24,
                    maya == null ? null : maya.id(), maya == null ? "Tandem demo" : maya.fullName(),
                    now.minus(Duration.ofDays(30)));
            d.sign(Team.MARKETING, maya == null ? null : maya.id(), maya == null ? "Tandem demo" : maya.fullName(),
                    now.minus(Duration.ofDays(29)));
            d.sign(Team.SALES, sam == null ? null : sam.id(), sam == null ? "Tandem demo" : sam.fullName(),
                    now.minus(Duration.ofDays(28)));
            definitions.save(d);
        }
        List<CampaignRef> refs = campaigns.refs();
        LeadStage[] plan = {LeadStage.NEW, LeadStage.NEW, LeadStage.NEW, LeadStage.NEW, LeadStage.NEW, LeadStage.NEW,
            LeadStage.MQL, LeadStage.MQL, LeadStage.MQL, LeadStage.MQL, LeadStage.MQL, LeadStage.MQL, LeadStage.MQL,
            LeadStage.MQL, LeadStage.MQL, LeadStage.MQL, LeadStage.ACCEPTED, LeadStage.ACCEPTED, LeadStage.ACCEPTED,
            LeadStage.ACCEPTED, LeadStage.ACCEPTED, LeadStage.ACCEPTED, LeadStage.WORKING, LeadStage.WORKING,
            LeadStage.WORKING, LeadStage.WORKING, LeadStage.WORKING, LeadStage.WON, LeadStage.WON, LeadStage.WON,
            LeadStage.LOST, LeadStage.LOST, LeadStage.LOST, LeadStage.LOST, LeadStage.NURTURE, LeadStage.NURTURE,
            LeadStage.NURTURE, LeadStage.NURTURE, LeadStage.NURTURE, LeadStage.NURTURE};
        String[] channels = {"Webinar", "Trade show", "Website form", "Whitepaper download", "LinkedIn ad"};
        RejectReason[] reasons = {RejectReason.NO_BUDGET, RejectReason.WRONG_CONTACT, RejectReason.BAD_TIMING,
            RejectReason.COMPETITOR};
        BusinessHours hours = BusinessHours.DEFAULT;
        for (int i = 0; i < plan.length; i++) {
            String[] p = PEOPLE[i % PEOPLE.length];
            String name = i < PEOPLE.length ? p[0] : p[0].split(" ")[0] + " " + (char) ('A' + i % 26) + ". "
                    + p[0].split(" ")[1];
            Long campaignId = refs.isEmpty() ? null : refs.get(i % refs.size()).id();
            Instant created = now.minus(Duration.ofHours(6L + i * 7L));
            Lead lead = new Lead(name, p[1], "demo.lead" + i + "@" + p[1].toLowerCase().replaceAll("[^a-z]", "")
                    + ".example", "+1 555 01" + String.format("%02d", i), p[2], campaignId, channels[i % channels.length],
                    null, created);
            LeadStage stage = plan[i];
            lead.setCriteriaMet(List.of("Budget known", "Need confirmed").subList(0, 1 + i % 2));
            if (stage != LeadStage.NEW) {
                // some hand-overs are older than the SLA (overdue), most are recent
                Instant handed = i % 4 == 0 ? now.minus(Duration.ofDays(6)) : now.minus(Duration.ofHours(5L + i % 5));
                lead.handOver(handed, hours.plus(handed, 24));
            }
            PersonSummary owner = reps.isEmpty() ? sam : reps.get(i % reps.size());
            // the path the lead took, as the service would have recorded it, so history, feedback and the
            // numbers agree with the board
            List<Object[]> path = new java.util.ArrayList<>();
            path.add(new Object[] {null, LeadStage.NEW, created, maya, "Added"});
            if (stage != LeadStage.NEW) {
                path.add(new Object[] {LeadStage.NEW, LeadStage.MQL, lead.getHandedOverAt(), maya, "Handed over"});
            }
            switch (stage) {
                case ACCEPTED -> {
                    lead.accept(owner == null ? null : owner.id(), now.minus(Duration.ofMinutes(30L + i)));
                    path.add(new Object[] {LeadStage.MQL, LeadStage.ACCEPTED, lead.getStageChangedAt(), owner, null});
                }
                case WORKING, WON -> {
                    lead.accept(owner == null ? null : owner.id(), now.minus(Duration.ofHours(3)));
                    path.add(new Object[] {LeadStage.MQL, LeadStage.ACCEPTED, lead.getStageChangedAt(), owner, null});
                    lead.logContact(ContactKind.values()[i % 3], now.minus(Duration.ofHours(2)));
                    lead.moveTo(LeadStage.WORKING, now.minus(Duration.ofHours(2)));
                    path.add(new Object[] {LeadStage.ACCEPTED, LeadStage.WORKING, lead.getStageChangedAt(), owner, null});
                    if (stage == LeadStage.WON) {
                        lead.moveTo(LeadStage.WON, now.minus(Duration.ofHours(1)));
                        path.add(new Object[] {LeadStage.WORKING, LeadStage.WON, lead.getStageChangedAt(), owner, null});
                    }
                }
                case LOST -> {
                    RejectReason reason = reasons[i % reasons.length];
                    lead.reject(reason, "Demo verdict", now.minus(Duration.ofHours(2)));
                    path.add(new Object[] {LeadStage.MQL, LeadStage.LOST, lead.getStageChangedAt(), sam,
                        reason.label() + ": Demo verdict"});
                }
                case NURTURE -> {
                    LocalDate revisit = LocalDate.now().plusMonths(2);
                    lead.recycle("Not ready: revisit after budget round", revisit, now.minus(Duration.ofHours(4)));
                    path.add(new Object[] {LeadStage.MQL, LeadStage.NURTURE, lead.getStageChangedAt(), owner,
                        "Not ready: revisit after budget round (revisit " + revisit + ")"});
                }
                default -> { }
            }
            leads.save(lead);
            for (Object[] step : path) {
                PersonSummary actor = (PersonSummary) step[3];
                changes.save(new StageChange(lead.getId(), (LeadStage) step[0], (LeadStage) step[1], (Instant) step[2],
                        actor == null ? null : actor.id(), actor == null ? "Tandem demo" : actor.fullName(),
                        (String) step[4]));
            }
        }
        return plan.length;
    }
}
