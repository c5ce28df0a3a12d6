package io.tandem.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.MessageManager;
import com.vaadin.flow.component.UI;
import io.tandem.SignIn;
import io.tandem.TandemApplication;
import io.tandem.base.Team;
import io.tandem.base.db.EmbeddedMariaDb;
import io.tandem.campaign.BriefField;
import io.tandem.campaign.CampaignService;
import io.tandem.collateral.AssetForm;
import io.tandem.collateral.AssetState;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.Decision;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.lead.LeadStage;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Restart: the app is started, used (a plan, a collateral decision, a discussion message, a lead verdict, a usage
 * record), shut down, its MariaDB stopped and started again on the same data directory (not wiped), and the app
 * started again: everything is still there. Runs its own application contexts on the fault tests' own MariaDB
 * (target/mariadb-faults), never on the shared test database.
 */
class AppRestartTest {

    private static final String[] ARGS = {"--server.port=0", "--tandem.embedded-db.base-dir=target/mariadb-faults",
            "--vaadin.devmode.devTools.enabled=false", "--spring.jmx.enabled=false"};

    /** What the first run created and the second must find. */
    record Made(EmbeddedMariaDb db, Long campaignId, String objective, String task, Long assetId, String useReference, Long leadId,
            String topic, String message) {
    }

    @Test
    void everyPlanDecisionMessageVerdictAndUsageRecordSurvivesARestart() {
        long n = System.nanoTime();
        Made made = run(app -> {
            DemoPeople demo = app.getBean(DemoPeople.class);
            demo.seed();
            SignIn signIn = app.getBean(SignIn.class);
            CampaignService campaigns = app.getBean(CampaignService.class);
            CollateralService collateral = app.getBean(CollateralService.class);
            LeadService leads = app.getBean(LeadService.class);
            signIn.as("alex");
            Map<String, Long> ids = app.getBean(PeopleService.class).listActive().stream()
                    .collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));

            signIn.as("maya");
            Long campaignId = campaigns.create("Restart " + n).id();
            campaigns.saveBriefField(campaignId, BriefField.OBJECTIVE, "Survive a restart " + n);
            campaigns.addTask(campaignId, "Task " + n, ids.get("sam"), null);

            Long assetId = collateral.create(new AssetForm("Restart asset " + n, AssetType.BATTLECARD, campaignId,
                    BuyerStage.DECISION, "Kept across restarts", null)).id();
            collateral.addLinkVersion(assetId, "https://docs.example/restart", null);
            collateral.submit(assetId, List.of(ids.get("leo"), ids.get("chloe")));
            signIn.as("leo");
            collateral.decide(assetId, 1, Decision.APPROVE, "Marketing approves " + n);
            signIn.as("chloe");
            collateral.decide(assetId, 1, Decision.APPROVE, "Sales approves " + n);
            signIn.as("maya");
            collateral.publish(assetId);
            signIn.as("priya");
            collateral.recordUse(assetId, "Deal " + n, true, "Won the call");

            signIn.as("leo");
            var lead = leads.create(new LeadForm("Restart Lead " + n, "Acme GmbH", "restart-" + n + "@lead.example",
                    null, "CTO", campaignId, "Webinar", null));
            lead = leads.handOver(lead.id(), lead.version(), List.of("Budget known"));
            signIn.as("sam");
            leads.accept(lead.id(), lead.version());

            String topic = "campaign/" + campaignId + "/discussion";
            String text = "Said before the restart " + n;
            CollaborationEngine engine = CollaborationEngine.getInstance();
            MessageManager manager = new MessageManager(engine.getSystemContext(),
                    CollaborationUsers.of(ids.get("maya"), "Maya Singh", Team.MARKETING), topic,
                    app.getBean(JpaMessagePersister.class), () -> engine);
            try {
                manager.submit(text).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                manager.close();
            }
            signIn.out();
            return new Made(app.getBean(EmbeddedMariaDb.class), campaignId, "Survive a restart " + n, "Task " + n, assetId, "Deal " + n, lead.id(),
                    topic, text);
        });

        assertThat(made.db().baseDir().toString()).endsWith("mariadb-faults");
        made.db().stop();
        made.db().restart();

        run(app -> {
            SignIn signIn = app.getBean(SignIn.class);
            signIn.as("sam");
            CampaignService campaigns = app.getBean(CampaignService.class);
            assertThat(campaigns.workspace(made.campaignId()).brief().getObjective()).isEqualTo(made.objective());
            assertThat(campaigns.tasks(made.campaignId())).extracting(t -> t.title()).containsExactly(made.task());

            var asset = app.getBean(CollateralService.class).details(made.assetId());
            assertThat(asset.summary().state()).isEqualTo(AssetState.PUBLISHED);
            assertThat(asset.decisions()).extracting(d -> d.comment()).containsExactlyInAnyOrder(
                    made.message().replace("Said before the restart", "Marketing approves"),
                    made.message().replace("Said before the restart", "Sales approves"));
            assertThat(asset.recentUses()).extracting(u -> u.reference()).containsExactly(made.useReference());

            var lead = app.getBean(LeadService.class).get(made.leadId());
            assertThat(lead.stage()).isEqualTo(LeadStage.ACCEPTED);
            assertThat(app.getBean(LeadService.class).history(made.leadId())).extracting(h -> h.to())
                    .contains(LeadStage.MQL, LeadStage.ACCEPTED);

            List<CollaborationMessage> received = new CopyOnWriteArrayList<>();
            CollaborationEngine engine = CollaborationEngine.getInstance();
            MessageManager manager = new MessageManager(engine.getSystemContext(),
                    CollaborationUsers.of(1L, "Sam Carter", Team.SALES), made.topic(),
                    app.getBean(JpaMessagePersister.class), () -> engine);
            manager.setMessageHandler(ctx -> received.add(ctx.getMessage()));
            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
            assertThat(received).extracting(CollaborationMessage::getText).containsExactly(made.message());
            manager.close();
            signIn.out();
            return null;
        });
    }

    /** Starts the app, runs {@code work} with a Vaadin service of that app on this thread, and shuts the app down. */
    private static <T> T run(java.util.function.Function<ConfigurableApplicationContext, T> work) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TandemApplication.class).run(ARGS)) {
            app.getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), app, uiFactory));
            try {
                return work.apply(app);
            } finally {
                MockVaadin.tearDown();
                SecurityContextHolder.clearContext();
            }
        } finally {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
