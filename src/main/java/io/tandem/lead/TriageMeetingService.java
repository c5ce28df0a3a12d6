package io.tandem.lead;

import io.tandem.base.ItemNotFoundException;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.people.CurrentPerson;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly lead triage meeting: a team lead (or an admin) starts it and facilitates; verdicts given while it
 * runs are marked; ending it stores a summary of accepted, rejected and recycled leads per campaign. Which lead
 * is in focus is live state ({@link #FOCUS_TOPIC}), not stored.
 */
@Service
@Transactional
public class TriageMeetingService {

    /** Shared live state of the meeting: key {@code focus} is the focused lead's id. */
    public static final String FOCUS_TOPIC = "leads/meeting";

    private final MeetingRepository meetings;
    private final MeetingResultRepository results;
    private final CurrentPerson currentPerson;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    TriageMeetingService(MeetingRepository meetings, MeetingResultRepository results, CurrentPerson currentPerson,
            ApplicationEventPublisher events, LiveUpdates liveUpdates, Clock clock) {
        this.meetings = meetings;
        this.results = results;
        this.currentPerson = currentPerson;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MeetingView> current() {
        return meetings.findFirstByEndedAtIsNullOrderByStartedAtDesc().map(TriageMeeting::view);
    }

    @PreAuthorize("isAuthenticated()")
    public MeetingView start() {
        TandemUser me = currentPerson.require();
        if (me.role() != Role.TEAM_LEAD && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("A team lead runs the triage meeting");
        }
        Optional<TriageMeeting> open = meetings.findFirstByEndedAtIsNullOrderByStartedAtDesc();
        if (open.isPresent()) {
            throw ValidationException.of("meeting", open.get().view().facilitatorName()
                    + " is running a triage meeting already");
        }
        TriageMeeting m = meetings.save(new TriageMeeting(me.personId(), me.fullName(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        publish(me, m, "meeting-started", "Started a lead triage meeting");
        return m.view();
    }

    /** The facilitator (or an admin) ends the meeting; its summary is stored and returned. */
    @PreAuthorize("isAuthenticated()")
    public List<CampaignTally> end(Long meetingId) {
        TandemUser me = currentPerson.require();
        TriageMeeting m = meetings.findById(meetingId)
                .orElseThrow(() -> new ItemNotFoundException("Triage meeting " + meetingId));
        if (!m.getFacilitatorId().equals(me.personId()) && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only the facilitator ends the meeting");
        }
        if (m.getEndedAt() != null) {
            throw ValidationException.of("meeting", "This meeting has ended already");
        }
        m.end(clock.instant());
        Map<Long, int[]> perCampaign = new HashMap<>();
        for (Object[] row : meetings.verdictCounts(meetingId)) {
            int[] counts = perCampaign.computeIfAbsent((Long) row[0], k -> new int[3]);
            int n = ((Number) row[2]).intValue();
            switch ((LeadStage) row[1]) {
                case ACCEPTED -> counts[0] += n;
                case LOST -> counts[1] += n;
                case NURTURE -> counts[2] += n;
                default -> { }
            }
        }
        perCampaign.forEach((campaign, c) -> results.save(new MeetingResult(meetingId, campaign, c[0], c[1], c[2])));
        int accepted = perCampaign.values().stream().mapToInt(c -> c[0]).sum();
        int rejected = perCampaign.values().stream().mapToInt(c -> c[1]).sum();
        int recycled = perCampaign.values().stream().mapToInt(c -> c[2]).sum();
        publish(me, m, "meeting-ended", "Ended the lead triage meeting: " + accepted + " accepted, " + rejected
                + " rejected, " + recycled + " recycled");
        return summary(meetingId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CampaignTally> summary(Long meetingId) {
        return results.findByMeetingIdOrderByIdAsc(meetingId).stream().map(MeetingResult::tally).toList();
    }

    private void publish(TandemUser me, TriageMeeting m, String action, String summary) {
        events.publishEvent(new LeadMeetingChanged(me.personId(), me.fullName(), m.getId(), action, summary));
        liveUpdates.publishAfterCommit(LeadService.BOARD_TOPIC, action, String.valueOf(m.getId()), me.fullName());
    }
}
