package io.tandem.collateral;

import io.tandem.activity.NotificationService;
import io.tandem.base.CurrentUser;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.SignedInUser;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Collateral: assets, their versions, sign-off by both teams, publishing, and the sales library with usage.
 * <p>
 * Every change to one asset takes that asset's row lock first ({@link AssetRepository#lockById}), so two
 * reviewers deciding at once, or a decision racing a new version, run one after the other and the second sees
 * what the first committed (read committed). Permissions are checked here: only the owner or Marketing manage an
 * asset, only its assigned reviewers decide.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class CollateralService {

    /** Topic of every collateral list (library, queues, home): a notice whenever any asset changes. */
    public static final String LIST_TOPIC = "collateral/list";
    public static final int RETIRE_AFTER_DAYS = 90;
    static final int COMMENT_MAX = 1000;
    static final int REASON_MAX = 500;
    static final int REFERENCE_MAX = 200;
    static final int NOTE_MAX = 500;
    static final int LINK_MAX = 1000;

    private final AssetRepository assets;
    private final VersionRepository versions;
    private final ChunkRepository chunks;
    private final ReviewerRepository reviewers;
    private final DecisionRepository decisions;
    private final UseRepository uses;
    private final PeopleService people;
    private final CampaignService campaigns;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final Clock clock;
    private final long maxUploadBytes;

    CollateralService(AssetRepository assets, VersionRepository versions, ChunkRepository chunks,
            ReviewerRepository reviewers, DecisionRepository decisions, UseRepository uses, PeopleService people,
            CampaignService campaigns, NotificationService notifications, ApplicationEventPublisher events,
            LiveUpdates liveUpdates, Clock clock,
            @Value("${tandem.collateral.max-upload-size:25MB}") DataSize maxUploadSize) {
        this.assets = assets;
        this.versions = versions;
        this.chunks = chunks;
        this.reviewers = reviewers;
        this.decisions = decisions;
        this.uses = uses;
        this.people = people;
        this.campaigns = campaigns;
        this.notifications = notifications;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
        this.maxUploadBytes = maxUploadSize.toBytes();
    }

    /** The topic of one asset's page. */
    public static String topic(Long assetId) {
        return Topics.item("asset", assetId);
    }

    /** The largest file an upload may be, in bytes ({@code tandem.collateral.max-upload-size}). */
    @PreAuthorize("isAuthenticated()")
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    // ---------------------------------------------------------------- assets

    /** Marketing starts an asset; the creator owns it. It starts as a draft with no version. */
    @PreAuthorize("hasAuthority('TEAM_MARKETING')")
    public AssetSummary create(AssetForm form) {
        SignedInUser me = CurrentUser.require();
        validate(form);
        Asset asset = assets.save(new Asset(form, me.personId(), clock.instant()));
        record(me, asset, "created", "Created " + asset.getType().label().toLowerCase(Locale.ROOT) + " \""
                + asset.getTitle() + "\"");
        return summaries(List.of(asset)).getFirst();
    }

    /** Edits the details; {@code expectedVersion} is the version the editor saw. */
    @PreAuthorize("isAuthenticated()")
    public AssetSummary update(Long id, long expectedVersion, AssetForm form) {
        SignedInUser me = CurrentUser.require();
        Asset asset = lock(id);
        requireManage(me, asset);
        if (asset.getVersion() != expectedVersion) {
            throw new StaleEditException("\"" + asset.getTitle() + "\" was changed by someone else meanwhile. "
                    + "Reopen it to see the current details.");
        }
        if (asset.getState() == AssetState.RETIRED) {
            throw ValidationException.of("state", "A retired asset cannot be edited");
        }
        validate(form);
        asset.apply(form, clock.instant());
        assets.flush();
        record(me, asset, "updated", "Edited the details of \"" + asset.getTitle() + "\"");
        return summaries(List.of(asset)).getFirst();
    }

    private void validate(AssetForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.title() == null || form.title().isBlank()) {
            errors.put("title", "Give the asset a title");
        } else if (form.title().trim().length() > AssetForm.TITLE_MAX) {
            errors.put("title", "Keep the title to " + AssetForm.TITLE_MAX + " characters");
        }
        if (form.type() == null) {
            errors.put("type", "Choose a type");
        }
        if (form.stage() == null) {
            errors.put("stage", "Choose a buyer stage");
        }
        if (form.description() != null && form.description().trim().length() > AssetForm.DESCRIPTION_MAX) {
            errors.put("description", "Keep the description to " + AssetForm.DESCRIPTION_MAX + " characters");
        }
        if (form.campaignId() != null) {
            try {
                campaigns.ref(form.campaignId());
            } catch (ItemNotFoundException e) {
                errors.put("campaign", "That campaign does not exist any more; choose another or none");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    // ---------------------------------------------------------------- versions

    /**
     * Adds an uploaded file as the new current version. The file is checked completely first (type by content,
     * size, damage); a refused file stores nothing. A new version resets the approvals: decisions belong to a
     * version, and an approved asset goes back to review.
     */
    @PreAuthorize("isAuthenticated()")
    public VersionInfo addFileVersion(Long id, String fileName, byte[] bytes, String note) {
        SignedInUser me = CurrentUser.require();
        FileCheck.Checked file = FileCheck.check(fileName, bytes, maxUploadBytes);
        String cleanNote = optional(note, NOTE_MAX, "note", "Keep the note to " + NOTE_MAX + " characters");
        Asset asset = lock(id);
        requireManage(me, asset);
        int number = beginVersion(asset);
        AssetVersion version = versions.save(AssetVersion.file(asset.getId(), number, file, cleanNote,
                me.personId(), me.fullName(), clock.instant()));
        byte[] data = file.bytes();
        for (int seq = 0, off = 0; off < data.length; seq++, off += FileChunk.SIZE) {
            chunks.save(new FileChunk(version.getId(), seq, Arrays.copyOfRange(data, off,
                    Math.min(data.length, off + FileChunk.SIZE))));
        }
        versionAdded(me, asset, number, file.fileName() + " (" + FileCheck.megabytes(data.length) + ", SHA-256 "
                + file.sha256().substring(0, 12) + "…)");
        return version.info();
    }

    /** Adds an external link (a video, a web page) as the new current version. */
    @PreAuthorize("isAuthenticated()")
    public VersionInfo addLinkVersion(Long id, String url, String note) {
        SignedInUser me = CurrentUser.require();
        String link = checkLink(url);
        String cleanNote = optional(note, NOTE_MAX, "note", "Keep the note to " + NOTE_MAX + " characters");
        Asset asset = lock(id);
        requireManage(me, asset);
        int number = beginVersion(asset);
        AssetVersion version = versions.save(AssetVersion.link(asset.getId(), number, link, cleanNote,
                me.personId(), me.fullName(), clock.instant()));
        versionAdded(me, asset, number, link);
        return version.info();
    }

    private int beginVersion(Asset asset) {
        switch (asset.getState()) {
            case PUBLISHED, RETIRED -> throw ValidationException.of("state", "A "
                    + asset.getState().label().toLowerCase(Locale.ROOT)
                    + " asset cannot get new versions; start a new asset for new content");
            case APPROVED -> asset.moveTo(AssetWorkflow.next(asset.getState(),
                    AssetWorkflow.Step.REOPEN_FOR_NEW_VERSION), clock.instant());
            default -> {
            }
        }
        int number = asset.nextVersionNo(clock.instant());
        assets.flush();
        return number;
    }

    private void versionAdded(SignedInUser me, Asset asset, int number, String what) {
        record(me, asset, "version-added", "Added version " + number + " of \"" + asset.getTitle() + "\": " + what);
        if (asset.getState() == AssetState.IN_REVIEW) {
            notifications.notify(reviewerIds(asset.getId()), "New version " + number + " of \"" + asset.getTitle()
                    + "\" to review", route(asset));
        }
    }

    private static String checkLink(String url) {
        String trimmed = url == null ? "" : url.trim();
        if (trimmed.isEmpty()) {
            throw ValidationException.of("link", "Enter the link, starting with https://");
        }
        if (trimmed.length() > LINK_MAX) {
            throw ValidationException.of("link", "Keep the link to " + LINK_MAX + " characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw ValidationException.of("link", "Enter a web address starting with https://");
            }
        } catch (URISyntaxException e) {
            throw ValidationException.of("link", "That is not a web address; check it for spaces or typos");
        }
        return trimmed;
    }

    /** The bytes of a stored version, for preview and download. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FileContent file(Long versionId) {
        AssetVersion version = versions.findById(versionId).filter(v -> v.getFileName() != null)
                .orElseThrow(() -> new ItemNotFoundException("File " + versionId));
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (long) version.getSizeBytes());
        for (FileChunk chunk : chunks.findByVersionIdOrderBySeqAsc(versionId)) {
            out.writeBytes(chunk.getData());
        }
        return new FileContent(version.getFileName(), version.getContentType(), out.toByteArray());
    }

    // ---------------------------------------------------------------- review

    /**
     * Sends the asset for review to {@code reviewerIds}: at least one person from each team, not the owner.
     * The reviewers replace any earlier ones and are notified.
     */
    @PreAuthorize("isAuthenticated()")
    public AssetSummary submit(Long id, Collection<Long> reviewerIds) {
        SignedInUser me = CurrentUser.require();
        Asset asset = lock(id);
        requireManage(me, asset);
        AssetState next = AssetWorkflow.next(asset.getState(), AssetWorkflow.Step.SUBMIT);
        if (asset.getCurrentVersionNo() == 0) {
            throw ValidationException.of("version", "Add a file or a link before you submit for review");
        }
        Map<Long, PersonSummary> active = activePeople();
        Set<Long> ids = new LinkedHashSet<>(reviewerIds == null ? List.of() : reviewerIds);
        List<PersonSummary> chosen = new ArrayList<>();
        for (Long personId : ids) {
            PersonSummary p = active.get(personId);
            if (p == null) {
                throw ValidationException.of("reviewers", "One of the reviewers is not an active person any more");
            }
            if (p.id().equals(asset.getOwnerId())) {
                throw ValidationException.of("reviewers", "The owner cannot review their own asset; pick someone else");
            }
            chosen.add(p);
        }
        boolean sales = chosen.stream().anyMatch(p -> p.team() == Team.SALES);
        boolean marketing = chosen.stream().anyMatch(p -> p.team() == Team.MARKETING);
        if (!sales || !marketing) {
            throw ValidationException.of("reviewers", "Pick at least one reviewer from Sales and one from Marketing");
        }
        reviewers.deleteAll(reviewers.findByAssetIdOrderByTeamAscPersonNameAsc(asset.getId()));
        reviewers.flush();
        Instant now = clock.instant();
        for (PersonSummary p : chosen) {
            reviewers.save(new Reviewer(asset.getId(), p.id(), p.fullName(), p.team(), now));
        }
        reviewers.flush();
        asset.moveTo(next, now);
        String names = chosen.stream().map(PersonSummary::fullName).collect(Collectors.joining(", "));
        record(me, asset, "submitted", "Submitted version " + asset.getCurrentVersionNo() + " of \""
                + asset.getTitle() + "\" for review by " + names);
        notifications.notify(ids, "Review asked: \"" + asset.getTitle() + "\" (version "
                + asset.getCurrentVersionNo() + ")", route(asset));
        settle(me, asset);
        return summaries(List.of(asset)).getFirst();
    }

    /**
     * An assigned reviewer decides on version {@code versionNo}, which must still be the current one (else the
     * reviewer is told a newer version arrived). "Request changes" needs a comment.
     */
    @PreAuthorize("isAuthenticated()")
    public AssetSummary decide(Long id, int versionNo, Decision decision, String comment) {
        SignedInUser me = CurrentUser.require();
        Asset asset = lock(id);
        Reviewer reviewer = reviewers.findByAssetIdOrderByTeamAscPersonNameAsc(asset.getId()).stream()
                .filter(r -> r.getPersonId().equals(me.personId())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only the reviewers asked can decide on this asset"));
        AssetWorkflow.next(asset.getState(), decision == Decision.APPROVE ? AssetWorkflow.Step.APPROVE
                : AssetWorkflow.Step.REQUEST_CHANGES);
        if (versionNo != asset.getCurrentVersionNo()) {
            throw new StaleEditException("Version " + asset.getCurrentVersionNo() + " of \"" + asset.getTitle()
                    + "\" arrived while you were looking at version " + versionNo
                    + ". Look at the new version before you decide.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (decision == Decision.REQUEST_CHANGES && text == null) {
            throw ValidationException.of("comment", "Say what should change");
        }
        if (text != null && text.length() > COMMENT_MAX) {
            throw ValidationException.of("comment", "Keep the comment to " + COMMENT_MAX + " characters");
        }
        decisions.save(new ReviewDecision(asset.getId(), versionNo, reviewer, decision, text, clock.instant()));
        decisions.flush();
        record(me, asset, decision == Decision.APPROVE ? "approved" : "changes-requested",
                (decision == Decision.APPROVE ? "Approved" : "Requested changes to") + " version " + versionNo
                        + " of \"" + asset.getTitle() + "\"" + (text == null ? "" : ": " + text));
        settle(me, asset);
        return summaries(List.of(asset)).getFirst();
    }

    /** Moves an asset in review to APPROVED or CHANGES_REQUESTED when the decisions on its version say so. */
    private void settle(SignedInUser me, Asset asset) {
        if (asset.getState() != AssetState.IN_REVIEW) {
            return;
        }
        List<ApprovalRule.Vote> votes = currentVotes(asset);
        AssetState next = null;
        if (ApprovalRule.changesRequested(votes)) {
            next = AssetWorkflow.next(asset.getState(), AssetWorkflow.Step.REQUEST_CHANGES);
        } else if (ApprovalRule.approved(votes)) {
            next = AssetWorkflow.next(asset.getState(), AssetWorkflow.Step.APPROVE);
        }
        if (next != null) {
            asset.moveTo(next, clock.instant());
            assets.flush();
            record(me, asset, "state-" + next.name().toLowerCase(Locale.ROOT), "\"" + asset.getTitle()
                    + "\" (version " + asset.getCurrentVersionNo() + ") is now " + next.label().toLowerCase(Locale.ROOT));
            notifications.notify(List.of(asset.getOwnerId()), "\"" + asset.getTitle() + "\" is now "
                    + next.label().toLowerCase(Locale.ROOT), route(asset));
        }
    }

    /** The latest decision of each current reviewer on the current version. */
    private List<ApprovalRule.Vote> currentVotes(Asset asset) {
        Set<Long> current = new HashSet<>(reviewerIds(asset.getId()));
        Map<Long, ReviewDecision> latest = new LinkedHashMap<>();
        for (ReviewDecision d : decisions.findByAssetIdAndVersionNoOrderByIdAsc(asset.getId(),
                asset.getCurrentVersionNo())) {
            if (current.contains(d.getPersonId())) {
                latest.put(d.getPersonId(), d);
            }
        }
        return latest.values().stream().map(d -> new ApprovalRule.Vote(d.getPersonId(), d.getTeam(), d.getDecision()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public AssetSummary publish(Long id) {
        SignedInUser me = CurrentUser.require();
        Asset asset = lock(id);
        requireManage(me, asset);
        asset.moveTo(AssetWorkflow.next(asset.getState(), AssetWorkflow.Step.PUBLISH), clock.instant());
        assets.flush();
        record(me, asset, "published", "Published version " + asset.getCurrentVersionNo() + " of \""
                + asset.getTitle() + "\" to the sales library");
        List<Long> told = new ArrayList<>(reviewerIds(asset.getId()));
        told.add(asset.getOwnerId());
        notifications.notify(told, "\"" + asset.getTitle() + "\" is published", route(asset));
        return summaries(List.of(asset)).getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    public AssetSummary retire(Long id, String reason) {
        SignedInUser me = CurrentUser.require();
        Asset asset = lock(id);
        requireManage(me, asset);
        AssetState next = AssetWorkflow.next(asset.getState(), AssetWorkflow.Step.RETIRE);
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "Say why it is retired, so sales knows");
        }
        if (why.length() > REASON_MAX) {
            throw ValidationException.of("reason", "Keep the reason to " + REASON_MAX + " characters");
        }
        asset.retire(why, clock.instant());
        assets.flush();
        record(me, asset, "retired", "Retired \"" + asset.getTitle() + "\" (version " + asset.getCurrentVersionNo()
                + "): " + why);
        notifications.notify(List.of(asset.getOwnerId()), "\"" + asset.getTitle() + "\" was retired", route(asset));
        return summaries(List.of(asset)).getFirst();
    }

    // ---------------------------------------------------------------- usage

    /** "I used this": one click, with an optional customer/lead reference and an optional helpful vote + reason. */
    @PreAuthorize("isAuthenticated()")
    public UseInfo recordUse(Long id, String reference, Boolean helpful, String reason) {
        SignedInUser me = CurrentUser.require();
        Asset asset = find(id);
        if (asset.getState() != AssetState.PUBLISHED) {
            throw ValidationException.of("state", "Only published assets can be used");
        }
        String ref = optional(reference, REFERENCE_MAX, "reference",
                "Keep the reference to " + REFERENCE_MAX + " characters");
        String why = optional(reason, REASON_MAX, "reason", "Keep the reason to " + REASON_MAX + " characters");
        AssetUse use = uses.save(new AssetUse(asset.getId(), me.personId(), me.fullName(), ref, helpful, why,
                clock.instant()));
        String vote = helpful == null ? "" : helpful ? " (helpful)" : " (not helpful)";
        record(me, asset, "used", "Used \"" + asset.getTitle() + "\"" + (ref == null ? "" : " with " + ref) + vote
                + (why == null ? "" : ": " + why));
        return use.info();
    }

    // ---------------------------------------------------------------- reading

    /** The sales library: published assets, filtered, newest or most used first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssetSummary> library(LibraryQuery query) {
        String text = query.text() == null || query.text().isBlank() ? null
                : "%" + query.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        List<AssetSummary> found = summaries(assets.search(AssetState.PUBLISHED, query.type(), query.stage(),
                query.campaignId(), text));
        if (query.sort() == LibraryQuery.Sort.MOST_USED) {
            return found.stream().sorted(Comparator.comparingLong(AssetSummary::uses).reversed()).toList();
        }
        return found;
    }

    /** Every asset not retired, most recently changed first: the workbench both teams see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssetSummary> workbench() {
        return summaries(assets.findByStateNotOrderByUpdatedAtDesc(AssetState.RETIRED));
    }

    /** Assets in review where the signed-in person is a reviewer and has not decided on the current version. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssetSummary> waitingForMe() {
        Long me = CurrentUser.require().personId();
        Set<Long> assetIds = reviewers.findByPersonId(me).stream().map(Reviewer::getAssetId)
                .collect(Collectors.toSet());
        if (assetIds.isEmpty()) {
            return List.of();
        }
        List<Asset> waiting = assets.findByIdInAndState(assetIds, AssetState.IN_REVIEW).stream()
                .filter(a -> decisions.findByAssetIdAndVersionNoOrderByIdAsc(a.getId(), a.getCurrentVersionNo())
                        .stream().noneMatch(d -> d.getPersonId().equals(me)))
                .sorted(Comparator.comparing(Asset::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return summaries(waiting);
    }

    /** Published assets of {@code ownerId} nobody used in {@value #RETIRE_AFTER_DAYS} days. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssetSummary> retireCandidates(Long ownerId) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(RETIRE_AFTER_DAYS));
        return summaries(assets.findByOwnerIdAndStateAndPublishedAtBefore(ownerId, AssetState.PUBLISHED, cutoff))
                .stream().filter(AssetSummary::retireCandidate).toList();
    }

    /** Assets the person owns whose reviewers asked for changes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssetSummary> changesRequestedOf(Long ownerId) {
        return summaries(assets.findByOwnerIdAndStateOrderByUpdatedAtDesc(ownerId, AssetState.CHANGES_REQUESTED));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssetDetails details(Long id) {
        SignedInUser me = CurrentUser.require();
        Asset asset = find(id);
        AssetSummary summary = summaries(List.of(asset)).getFirst();
        List<Reviewer> assigned = reviewers.findByAssetIdOrderByTeamAscPersonNameAsc(id);
        Map<Long, ReviewDecision> latest = new LinkedHashMap<>();
        for (ReviewDecision d : decisions.findByAssetIdAndVersionNoOrderByIdAsc(id, asset.getCurrentVersionNo())) {
            latest.put(d.getPersonId(), d);
        }
        List<ReviewerInfo> reviewerInfos = assigned.stream().map(r -> {
            ReviewDecision d = latest.get(r.getPersonId());
            return new ReviewerInfo(r.getPersonId(), r.getPersonName(), r.getTeam(),
                    d == null ? null : d.getDecision(), d == null ? null : d.info().comment());
        }).toList();
        boolean reviewer = assigned.stream().anyMatch(r -> r.getPersonId().equals(me.personId()));
        return new AssetDetails(summary, asset.getDescription(), asset.getVersion(), asset.getRetiredReason(),
                versions.findByAssetIdOrderByNumberDesc(id).stream().map(AssetVersion::info).toList(),
                reviewerInfos,
                decisions.findByAssetIdOrderByDecidedAtDescIdDesc(id).stream().map(ReviewDecision::info).toList(),
                uses.findTop20ByAssetIdOrderByUsedAtDescIdDesc(id).stream().map(AssetUse::info).toList(),
                mayManage(me, asset), reviewer && asset.getState() == AssetState.IN_REVIEW);
    }

    // ---------------------------------------------------------------- helpers

    private List<AssetSummary> summaries(List<Asset> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonSummary> active = activePeople();
        Map<Long, String> campaignNames = list.stream().anyMatch(a -> a.getCampaignId() != null)
                ? campaigns.refs().stream().collect(Collectors.toMap(CampaignRef::id, CampaignRef::name))
                : Map.of();
        Map<Long, UseCounts> counts = uses.countsFor(list.stream().map(Asset::getId).toList()).stream()
                .collect(Collectors.toMap(UseCounts::getAssetId, Function.identity()));
        Instant cutoff = clock.instant().minus(Duration.ofDays(RETIRE_AFTER_DAYS));
        return list.stream().map(a -> {
            UseCounts c = counts.get(a.getId());
            Instant lastUsed = c == null ? null : c.getLastUsed();
            Instant lastActivity = lastUsed != null ? lastUsed : a.getPublishedAt();
            boolean candidate = a.getState() == AssetState.PUBLISHED && lastActivity != null
                    && lastActivity.isBefore(cutoff);
            PersonSummary owner = active.get(a.getOwnerId());
            return new AssetSummary(a.getId(), a.getTitle(), a.getType(), a.getStage(), a.getCampaignId(),
                    a.getCampaignId() == null ? null : campaignNames.get(a.getCampaignId()), a.getOwnerId(),
                    owner == null ? "Former colleague" : owner.fullName(), a.getState(), a.getCurrentVersionNo(),
                    a.getDueDate(), a.getUpdatedAt(), a.getPublishedAt(), c == null ? 0 : c.getUses(),
                    c == null || c.getHelpful() == null ? 0 : c.getHelpful(),
                    c == null || c.getNotHelpful() == null ? 0 : c.getNotHelpful(), lastUsed, candidate);
        }).toList();
    }

    private Map<Long, PersonSummary> activePeople() {
        return people.listActive().stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    private List<Long> reviewerIds(Long assetId) {
        return reviewers.findByAssetIdOrderByTeamAscPersonNameAsc(assetId).stream().map(Reviewer::getPersonId)
                .toList();
    }

    private Asset find(Long id) {
        return assets.findById(id).orElseThrow(() -> new ItemNotFoundException("Asset " + id));
    }

    private Asset lock(Long id) {
        return assets.lockById(id).orElseThrow(() -> new ItemNotFoundException("Asset " + id));
    }

    private static boolean mayManage(SignedInUser me, Asset asset) {
        return me.team() == Team.MARKETING || Objects.equals(me.personId(), asset.getOwnerId());
    }

    private static void requireManage(SignedInUser me, Asset asset) {
        if (!mayManage(me, asset)) {
            throw new AccessDeniedException("Only the owner or Marketing can change this asset");
        }
    }

    private static String optional(String value, int max, String field, String tooLong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw ValidationException.of(field, tooLong);
        }
        return trimmed;
    }

    private static String route(Asset asset) {
        return "collateral/" + asset.getId();
    }

    private void record(SignedInUser me, Asset asset, String action, String summary) {
        events.publishEvent(new AssetChanged(me.personId(), me.fullName(), asset.getId(), action, summary));
        liveUpdates.publishAfterCommit(topic(asset.getId()), "asset-" + action, String.valueOf(asset.getId()),
                me.fullName());
        liveUpdates.publishAfterCommit(LIST_TOPIC, "asset-" + action, String.valueOf(asset.getId()), me.fullName());
    }
}
