package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@TandemSpringTest
class TriageMeetingServiceTest {

    @Autowired
    TriageMeetingService meetings;
    @Autowired
    LeadService leads;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void seed() {
        demoPeople.seed();
        jdbc.update("UPDATE lead_meeting SET ended_at = NOW(6) WHERE ended_at IS NULL");
    }

    @AfterEach
    void out() {
        jdbc.update("UPDATE lead_meeting SET ended_at = NOW(6) WHERE ended_at IS NULL");
        signIn.out();
    }

    private LeadCard mql(String name) {
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm(name, null, "meet-" + System.nanoTime() + "@x.example", null, null,
                null, null, null));
        return leads.handOver(lead.id(), lead.version(), List.of());
    }

    @Test
    void verdictsInTheMeetingAreMarkedAndSummarisedPerCampaign() {
        LeadCard before = mql("Before Meeting");
        signIn.as("priya");
        leads.accept(before.id(), before.version());

        LeadCard a = mql("Meeting Accept");
        LeadCard r = mql("Meeting Reject");
        LeadCard n = mql("Meeting Recycle");
        signIn.as("sam");
        MeetingView meeting = meetings.start();
        assertThat(meetings.current()).hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(meeting.id()));
        assertThatThrownBy(() -> meetings.start()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already");

        signIn.as("priya");
        assertThat(leads.accept(a.id(), a.version()).verdictMeetingId()).isEqualTo(meeting.id());
        leads.reject(r.id(), r.version(), RejectReason.WRONG_CONTACT, null);
        leads.recycle(n.id(), n.version(), "Too early", LocalDate.now().plusMonths(1));
        assertThat(leads.get(before.id()).verdictMeetingId()).isNull();
        assertThat(leads.history(a.id())).last().satisfies(h -> assertThat(h.inMeeting()).isTrue());
        assertThatThrownBy(() -> meetings.end(meeting.id())).isInstanceOf(AccessDeniedException.class);

        signIn.as("sam");
        List<CampaignTally> summary = meetings.end(meeting.id());
        assertThat(summary).containsExactly(new CampaignTally(null, 1, 1, 1));
        assertThat(meetings.summary(meeting.id())).isEqualTo(summary);
        assertThat(meetings.current()).isEmpty();
        assertThatThrownBy(() -> meetings.end(meeting.id())).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyTeamLeadsAndAdminsStartMeetings() {
        signIn.as("priya");
        assertThatThrownBy(() -> meetings.start()).isInstanceOf(AccessDeniedException.class);
        signIn.as("leo");
        assertThatThrownBy(() -> meetings.start()).isInstanceOf(AccessDeniedException.class);
        signIn.as("maya");
        MeetingView m = meetings.start();
        signIn.as("alex");
        assertThat(meetings.end(m.id())).isEmpty();
    }
}
