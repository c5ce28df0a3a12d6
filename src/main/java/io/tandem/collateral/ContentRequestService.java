package io.tandem.collateral;

import io.tandem.activity.NotificationService;
import io.tandem.base.CurrentUser;
import io.tandem.base.DomainActivity;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.SignedInUser;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content requests: anyone (mostly sales) asks for content that does not exist; Marketing accepts (a draft asset
 * linked to the request is created, owned by whoever accepted) or declines with a reason. The requester is
 * notified of either and follows the asset's progress on the request.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class ContentRequestService {

    static final int TITLE_MAX = 200;
    static final int DETAILS_MAX = 2000;

    private final ContentRequestRepository requests;
    private final AssetRepository assets;
    private final CollateralService collateral;
    private final PeopleService people;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    ContentRequestService(ContentRequestRepository requests, AssetRepository assets, CollateralService collateral,
            PeopleService people, NotificationService notifications, ApplicationEventPublisher events,
            LiveUpdates liveUpdates, Clock clock) {
        this.requests = requests;
        this.assets = assets;
        this.collateral = collateral;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** Asks marketing for content; every active marketer is notified. */
    @PreAuthorize("isAuthenticated()")
    public RequestInfo ask(String title, String details) {
        SignedInUser me = CurrentUser.require();
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title == null ? "" : title.trim();
        String d = details == null || details.isBlank() ? null : details.trim();
        if (t.isEmpty()) {
            errors.put("title", "Say what you need, e.g. \"a case study for healthcare\"");
        } else if (t.length() > TITLE_MAX) {
            errors.put("title", "Keep it to " + TITLE_MAX + " characters; put the rest in the details");
        }
        if (d != null && d.length() > DETAILS_MAX) {
            errors.put("details", "Keep the details to " + DETAILS_MAX + " characters");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ContentRequest r = requests.save(new ContentRequest(t, d, me.personId(), me.fullName(), clock.instant()));
        record(me, r, "requested", "Asked marketing for \"" + t + "\"");
        notifications.notify(people.listActive().stream().filter(p -> p.team() == Team.MARKETING)
                .map(PersonSummary::id).toList(), me.fullName() + " asks for content: \"" + t + "\"", "collateral");
        return info(r, null);
    }

    /** Marketing accepts: a draft asset is created for it, owned by the person accepting. */
    @PreAuthorize("hasAuthority('TEAM_MARKETING')")
    public RequestInfo accept(Long id, AssetType type, BuyerStage stage) {
        SignedInUser me = CurrentUser.require();
        ContentRequest r = lockOpen(id);
        AssetSummary asset = collateral.create(new AssetForm(r.getTitle(), type == null ? AssetType.OTHER : type,
                null, stage == null ? BuyerStage.CONSIDERATION : stage,
                r.getDetails() == null ? "Requested by " + r.getRequesterName()
                        : r.getDetails() + "\n\nRequested by " + r.getRequesterName(), null));
        r.accept(asset.id(), me.fullName(), clock.instant());
        requests.flush();
        record(me, r, "accepted", "Accepted the request \"" + r.getTitle() + "\" and started a draft");
        notifications.notify(List.of(r.getRequesterId()), me.fullName() + " accepted your request \""
                + r.getTitle() + "\"", asset.route());
        return info(r, asset.state());
    }

    /** Marketing declines, saying why. */
    @PreAuthorize("hasAuthority('TEAM_MARKETING')")
    public RequestInfo decline(Long id, String reason) {
        SignedInUser me = CurrentUser.require();
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "Say why, so the requester knows what to do instead");
        }
        if (why.length() > CollateralService.REASON_MAX) {
            throw ValidationException.of("reason", "Keep the reason to " + CollateralService.REASON_MAX + " characters");
        }
        ContentRequest r = lockOpen(id);
        r.decline(why, me.fullName(), clock.instant());
        requests.flush();
        record(me, r, "declined", "Declined the request \"" + r.getTitle() + "\": " + why);
        notifications.notify(List.of(r.getRequesterId()), me.fullName() + " declined your request \""
                + r.getTitle() + "\": " + why, "collateral");
        return info(r, null);
    }

    /** Every request, newest first, with the progress of the asset made for it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RequestInfo> list() {
        List<ContentRequest> all = requests.findTop200ByOrderByCreatedAtDescIdDesc();
        Map<Long, Asset> linked = assets.findAllById(all.stream().map(ContentRequest::getAssetId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Asset::getId, Function.identity()));
        return all.stream().map(r -> info(r, r.getAssetId() == null || !linked.containsKey(r.getAssetId()) ? null
                : linked.get(r.getAssetId()).getState())).toList();
    }

    private ContentRequest lockOpen(Long id) {
        ContentRequest r = requests.lockById(id).orElseThrow(() -> new ItemNotFoundException("Request " + id));
        if (r.getStatus() != RequestStatus.OPEN) {
            throw ValidationException.of("status", "This request was already " + r.getStatus().label()
                    .toLowerCase(java.util.Locale.ROOT) + " by " + r.getTriagedByName());
        }
        return r;
    }

    private static RequestInfo info(ContentRequest r, AssetState assetState) {
        return new RequestInfo(r.getId(), r.getTitle(), r.getDetails(), r.getRequesterId(), r.getRequesterName(),
                r.getStatus(), r.getDeclineReason(), r.getAssetId(), assetState, r.getTriagedByName(),
                r.getCreatedAt());
    }

    private void record(SignedInUser me, ContentRequest r, String action, String summary) {
        events.publishEvent(new RequestChanged(me.personId(), me.fullName(), r.getId(), action, summary));
        liveUpdates.publishAfterCommit(CollateralService.LIST_TOPIC, "request-" + action, String.valueOf(r.getId()),
                me.fullName());
    }

    /** Trail entry for a content request. */
    public record RequestChanged(Long actorId, String actorName, Long requestId, String action, String summary)
            implements DomainActivity {

        @Override
        public String itemType() {
            return "content-request";
        }

        @Override
        public String itemId() {
            return String.valueOf(requestId);
        }
    }
}
