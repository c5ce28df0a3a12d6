package io.tandem.activity;

import io.tandem.base.CurrentUser;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.SignedInUser;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: features call {@link #notify} inside their transaction (a mention, a review asked, a
 * state change); the recipient's bell updates live after commit. People read and clear only their own.
 */
@Service
@Transactional
public class NotificationService {

    private static final int TITLE_MAX = 300;

    private final NotificationRepository notifications;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, LiveUpdates liveUpdates, Clock clock) {
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /**
     * Notifies each recipient once (the acting person is never notified of their own action).
     *
     * @param link the route to open, e.g. {@code campaigns/42}, or {@code null}
     */
    @PreAuthorize("isAuthenticated()")
    public void notify(Collection<Long> recipientIds, String title, String link) {
        SignedInUser actor = CurrentUser.require();
        String text = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX - 1) + "…" : title;
        for (Long recipient : new LinkedHashSet<>(recipientIds)) {
            if (recipient == null || recipient.equals(actor.personId())) {
                continue;
            }
            notifications.save(new Notification(recipient, clock.instant(), actor.fullName(), text, link));
            liveUpdates.publishAfterCommit(Topics.notifications(recipient), "notification", null, actor.fullName());
        }
    }

    /** The signed-in person's newest notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InAppNotification> mine(int limit) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(CurrentUser.require().personId(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream().map(Notification::toRecord).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(CurrentUser.require().personId());
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(Long id) {
        Long me = CurrentUser.require().personId();
        Notification n = notifications.findById(id).filter(x -> x.getRecipientId().equals(me))
                .orElseThrow(() -> new ItemNotFoundException("Notification " + id));
        n.markRead(clock.instant());
        liveUpdates.publishAfterCommit(Topics.notifications(me), "notification-read", String.valueOf(id), null);
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        Long me = CurrentUser.require().personId();
        if (notifications.markAllRead(me, clock.instant()) > 0) {
            liveUpdates.publishAfterCommit(Topics.notifications(me), "notification-read", null, null);
        }
    }
}
