package io.tandem.campaign;

import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo campaigns, created through the service as the demo people would: one being planned with sales input,
 * questions and a half-signed plan, one live, one with no one from sales yet.
 */
@Component
public class DemoCampaigns {

    static final String LAUNCH = "Spring launch: Tandem for mid-market";
    static final String WEBINARS = "Healthcare webinar series";
    static final String NEWSLETTER = "Q1 partner newsletter";

    private final CampaignService campaigns;
    private final CampaignRepository repository;
    private final DemoPeople demoPeople;
    private final PeopleService people;
    private final Clock clock;

    DemoCampaigns(CampaignService campaigns, CampaignRepository repository, DemoPeople demoPeople,
            PeopleService people, Clock clock) {
        this.campaigns = campaigns;
        this.repository = repository;
        this.demoPeople = demoPeople;
        this.people = people;
        this.clock = clock;
    }

    /** Adds the demo campaigns that do not exist yet; returns how many were added. */
    public int seed() {
        demoPeople.seed();
        if (repository.findAllByOrderByNameAsc().stream().anyMatch(c -> c.getName().equals(LAUNCH))) {
            return 0;
        }
        Map<String, Long> id = new java.util.HashMap<>();
        demoPeople.runAs("alex", () -> people.listActive().forEach(p -> id.put(p.username(), p.id())));
        LocalDate today = LocalDate.now(clock);

        Long[] launch = new Long[1];
        demoPeople.runAs("maya", () -> {
            launch[0] = campaigns.create(LAUNCH).id();
            Long c = launch[0];
            campaigns.saveBriefField(c, BriefField.OBJECTIVE, "Win 40 qualified mid-market opportunities by the end "
                    + "of Q2 with a launch both teams can stand behind.");
            campaigns.saveBriefField(c, BriefField.AUDIENCE, "Heads of Sales and Marketing at 200–1,000 person B2B "
                    + "software companies whose teams still plan in separate tools.");
            campaigns.saveBriefField(c, BriefField.KEY_MESSAGES, "1. One workspace for both teams.\n2. Every lead "
                    + "gets a verdict.\n3. Content sales actually uses.");
            campaigns.saveBriefField(c, BriefField.CHANNELS, "LinkedIn, webinar, email nurture, partner events");
            campaigns.saveBriefField(c, BriefField.START_DATE, today.plusDays(14));
            campaigns.saveBriefField(c, BriefField.END_DATE, today.plusDays(100));
            campaigns.saveBriefField(c, BriefField.BUDGET, new BigDecimal("48000.00"));
            campaigns.saveBriefField(c, BriefField.SUCCESS_METRICS, "40 SQLs, 25% MQL acceptance, follow-up within "
                    + "24 business hours on 80% of leads");
            for (String who : new String[] {"leo", "sam", "priya"}) {
                campaigns.addParticipant(c, id.get(who));
            }
            campaigns.addTask(c, "Draft landing page copy", id.get("leo"), today.minusDays(2));
            campaigns.addTask(c, "Collect three customer objections per segment", id.get("priya"), today.plusDays(3));
            campaigns.addTask(c, "Webinar dry run with sales", id.get("sam"), today.plusDays(10));
            campaigns.addTask(c, "Launch day", null, today.plusDays(14));
        });
        demoPeople.runAs("priya", () -> {
            campaigns.addInput(launch[0], InputKind.OBJECTION, "\"We already have a CRM, why another tool?\" comes up "
                    + "in almost every first call.");
            campaigns.addInput(launch[0], InputKind.PAIN, "Reps lose a day a week chasing leads nobody qualified.");
        });
        demoPeople.runAs("leo", () -> {
            campaigns.addInput(launch[0], InputKind.QUESTION, "Which competitor do mid-market buyers mention most?");
            campaigns.addInput(launch[0], InputKind.QUESTION, "What would make you use the webinar recording in a "
                    + "follow-up?");
        });
        demoPeople.runAs("sam", () -> {
            InputEntry question = campaigns.inputs(launch[0]).stream().filter(InputEntry::isOpenQuestion)
                    .findFirst().orElseThrow();
            campaigns.answer(question.id(), question.version(), "Mostly HubSpot's sales hub; they ask about migration.");
            campaigns.addInput(launch[0], InputKind.NEED, "A one-page battlecard against HubSpot for the first call.");
            campaigns.sign(launch[0]);
        });

        demoPeople.runAs("maya", () -> {
            Long c = campaigns.create(WEBINARS).id();
            campaigns.saveBriefField(c, BriefField.OBJECTIVE, "Three webinars with clinicians' operations teams.");
            campaigns.saveBriefField(c, BriefField.START_DATE, today.minusDays(20));
            campaigns.saveBriefField(c, BriefField.END_DATE, today.plusDays(40));
            campaigns.addParticipant(c, id.get("hana"));
            campaigns.addParticipant(c, id.get("sam"));
            campaigns.sign(c);
            demoPeople.runAs("sam", () -> campaigns.sign(c));
            campaigns.activate(c);
        });
        demoPeople.runAs("tom", () -> {
            Long c = campaigns.create(NEWSLETTER).id();
            campaigns.saveBriefField(c, BriefField.OBJECTIVE, "Keep partners informed and ask for referrals.");
        });
        return 3;
    }

    @Component
    @Order(10)
    @ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
    static class Startup implements ApplicationRunner {

        private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);
        private final DemoCampaigns demo;

        Startup(DemoCampaigns demo) {
            this.demo = demo;
        }

        @Override
        public void run(ApplicationArguments args) {
            int added = demo.seed();
            if (added > 0) {
                log.info("Added {} demo campaigns", added);
            }
        }
    }

}
