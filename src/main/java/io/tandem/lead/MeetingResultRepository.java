package io.tandem.lead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingResultRepository extends JpaRepository<MeetingResult, Long> {

    List<MeetingResult> findByMeetingIdOrderByIdAsc(Long meetingId);
}
