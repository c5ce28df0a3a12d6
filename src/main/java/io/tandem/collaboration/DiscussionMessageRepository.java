package io.tandem.collaboration;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiscussionMessageRepository extends JpaRepository<DiscussionMessage, Long> {

    List<DiscussionMessage> findByTopicIdAndSentAtGreaterThanEqualOrderBySentAtAscIdAsc(String topicId,
            Instant since);

    long countByTopicId(String topicId);
}
