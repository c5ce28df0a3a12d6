package io.tandem.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<TriageMeeting, Long> {

    Optional<TriageMeeting> findFirstByEndedAtIsNullOrderByStartedAtDesc();

    /** Rows of (campaign id, to stage, count) of the verdicts given in a meeting. */
    @Query("select l.campaignId, c.toStage, count(c) from StageChange c, Lead l where l.id = c.leadId"
            + " and c.meetingId = :meetingId group by l.campaignId, c.toStage")
    List<Object[]> verdictCounts(@Param("meetingId") Long meetingId);
}
