package io.tandem.campaign;

import io.tandem.activity.Activity;
import io.tandem.activity.ActivityService;
import io.tandem.activity.NotificationService;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import io.tandem.people.CurrentPerson;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns: created with just a name, planned together by both teams, signed by a team lead of each team
 * before they go live. Everyone signed in may see campaigns and join them; the owner, participants and admins
 * edit; only Sales adds sales input and answers questions, only Marketing asks them; only team leads sign.
 * Every check is made here, whatever the view shows.
 */
@Service
@Transactional
public class CampaignService {

    /** Topic of the campaigns list: a notice whenever any campaign changes. */
    public static final String LIST_TOPIC = "campaigns/list";

    static final int INPUT_MAX = 2000;
    static final int TASK_TITLE_MAX = 200;
    static final int CANCEL_REASON_MAX = 500;
    private static final BigDecimal BUDGET_MAX = new BigDecimal("999999999999.99");
    /** Control characters other than tab and line breaks: invisible, and nobody types them on purpose. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}0-9._-]{2,60})");
    private static final int SAVE_ATTEMPTS = 3;

    private final CampaignRepository campaigns;
    private final ParticipantRepository participants;
    private final SignatureRepository signatures;
    private final SalesInputRepository inputs;
    private final PlanItemRepository tasks;
    private final BriefChangeRepository briefChanges;
    private final PeopleService people;
    private final CurrentPerson currentPerson;
    private final ActivityService activity;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final io.tandem.base.SharedReads shared;

    CampaignService(CampaignRepository campaigns, ParticipantRepository participants, SignatureRepository signatures,
            SalesInputRepository inputs, PlanItemRepository tasks, BriefChangeRepository briefChanges,
            PeopleService people, CurrentPerson currentPerson, ActivityService activity,
            NotificationService notifications, ApplicationEventPublisher events, LiveUpdates liveUpdates,
            PlatformTransactionManager transactions, Clock clock) {
        this.campaigns = campaigns;
        this.participants = participants;
        this.signatures = signatures;
        this.inputs = inputs;
        this.tasks = tasks;
        this.briefChanges = briefChanges;
        this.people = people;
        this.currentPerson = currentPerson;
        this.activity = activity;
        this.notifications = notifications;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.shared = new io.tandem.base.SharedReads(transactions);
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Campaigns and the list

    /** Starts a campaign with only a name; the creator owns it and is its first participant. */
    @PreAuthorize("isAuthenticated()")
    public CampaignRef create(String name) {
        TandemUser me = currentPerson.require();
        String trimmed = name == null ? "" : name.trim();
        String error = briefError(BriefField.NAME, trimmed);
        if (error != null) {
            throw ValidationException.of("name", error);
        }
        Campaign campaign = campaigns.save(new Campaign(trimmed, me.personId(), clock.instant()));
        participants.save(new Participant(campaign.getId(), me.personId(), me.team(), clock.instant()));
        record(me, campaign.getId(), "created", "Started the campaign " + trimmed);
        changed(campaign.getId(), "campaign-created", me);
        return campaign.ref();
    }

    /** All campaigns by name, for pickers in other features. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CampaignRef> refs() {
        return campaigns.findAllByOrderByNameAsc().stream().map(Campaign::ref).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CampaignRef ref(Long id) {
        return find(id).ref();
    }

    /** One page of the campaigns list, most recently changed first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CampaignRow> list(CampaignFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        List<Campaign> page = campaigns.findAll(spec(filter),
                PageRequest.of(offset / size, size, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))))
                .getContent();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Campaign::getId).toList();
        Map<Long, Long> sales = toMap(participants.countByTeam(ids, Team.SALES));
        Map<Long, Long> open = toMap(inputs.countOpenQuestions(ids));
        Map<Long, Map<Team, SignOff.TeamSignature>> signed = new HashMap<>();
        signatures.findByCampaignIdIn(ids).forEach(s -> signed
                .computeIfAbsent(s.getCampaignId(), k -> new EnumMap<>(Team.class)).put(s.getTeam(), s.toRecord()));
        Map<Long, PersonSummary> owners = people.byIds(page.stream().map(Campaign::getOwnerId).toList());
        return page.stream().map(c -> new CampaignRow(c.getId(), c.getName(), c.getStatus(),
                c.brief().getStartDate(), c.brief().getEndDate(),
                owners.containsKey(c.getOwnerId()) ? owners.get(c.getOwnerId()).fullName() : "—",
                sales.getOrDefault(c.getId(), 0L).intValue(), open.getOrDefault(c.getId(), 0L).intValue(),
                signOffText(c, signed.getOrDefault(c.getId(), Map.of())))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(CampaignFilter filter) {
        return (int) campaigns.count(spec(filter));
    }

    private Specification<Campaign> spec(CampaignFilter filter) {
        Set<Long> restrictTo = null;
        if (filter.mine()) {
            Long me = currentPerson.require().personId();
            restrictTo = new HashSet<>(participants.campaignIdsOf(me));
        }
        if (filter.team() != null) {
            Set<Long> withTeam = new HashSet<>(participants.campaignIdsWithTeam(filter.team()));
            if (restrictTo == null) {
                restrictTo = withTeam;
            } else {
                restrictTo.retainAll(withTeam);
            }
        }
        Set<Long> ids = restrictTo;
        Long me = filter.mine() ? currentPerson.require().personId() : null;
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                String like = "%" + filter.search().trim().toLowerCase(Locale.ROOT).replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.like(cb.lower(root.get("name")), like, '\\'));
            }
            if (ids != null) {
                Predicate inIds = ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
                where.add(me != null ? cb.or(inIds, cb.equal(root.get("ownerId"), me)) : inIds);
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // The workspace

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CampaignWorkspace workspace(Long id) {
        return workspaceFor(readWorkspace(id), currentPerson.require());
    }

    /**
     * The workspace as {@link #workspace(Long)}, for a view reloading for the live notice {@code notice}: what is
     * the same for everyone (the campaign, its people, signatures) is read once for every open workspace (see
     * {@link io.tandem.base.SharedReads}); what this person may do is worked out from it without another query.
     * Every saved brief value reloads every open workspace, and twenty people in one plan would otherwise run
     * twenty times six queries. No transaction here: the one that reads has its own, the others need none.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CampaignWorkspace workspace(Long id, String notice) {
        TandemUser me = currentPerson.require();
        return workspaceFor(shared.get(notice + "|workspace|" + id, () -> readWorkspace(id)), me);
    }

    /** The part of a workspace that is the same for everyone who opens it. */
    private record WorkspaceState(CampaignRef ref, Long ownerId, PersonSummary owner, Brief brief, SignOff signOff,
            List<PersonSummary> members, Set<Long> memberIds, boolean hasSalesInput, java.time.Instant statusChangedAt) {
    }

    private WorkspaceState readWorkspace(Long id) {
        Campaign c = find(id);
        List<Long> participantIds = participants.findByCampaignId(id).stream().map(Participant::getPersonId).toList();
        Set<Long> ids = new LinkedHashSet<>(participantIds);
        ids.add(c.getOwnerId());
        Map<Long, PersonSummary> persons = people.byIds(ids);
        List<PersonSummary> members = participantIds.stream().map(persons::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(PersonSummary::team).thenComparing(PersonSummary::fullName)).toList();
        return new WorkspaceState(c.ref(), c.getOwnerId(), persons.get(c.getOwnerId()), c.brief(), signOff(id),
                members, Set.copyOf(participantIds), inputs.hasSalesInput(id), c.getStatusChangedAt());
    }

    private static CampaignWorkspace workspaceFor(WorkspaceState s, TandemUser me) {
        CampaignStatus status = s.ref().status();
        boolean open = status == CampaignStatus.PLANNING || status == CampaignStatus.ACTIVE;
        boolean lead = me.role() == Role.TEAM_LEAD;
        boolean owner = s.ownerId().equals(me.personId());
        // the same rule as canEdit(Campaign, TandemUser), on what was read
        boolean canEdit = me.role() == Role.ADMIN || owner || s.memberIds().contains(me.personId());
        return new CampaignWorkspace(s.ref(), s.owner(), s.brief().copy(), s.signOff(), s.members(), open && canEdit,
                status == CampaignStatus.PLANNING && lead, open && (lead || me.role() == Role.ADMIN || owner),
                s.hasSalesInput(), s.statusChangedAt());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SignOff signOff(Long campaignId) {
        Map<Team, SignOff.TeamSignature> map = new EnumMap<>(Team.class);
        signatures.findByCampaignId(campaignId).forEach(s -> map.put(s.getTeam(), s.toRecord()));
        return new SignOff(map);
    }

    /**
     * Saves one brief field, as typed by the signed-in person, and keeps everyone else's changes: each attempt
     * reloads the row and sets only this field, so a concurrent save of another field (optimistic lock
     * conflict) is retried on top of it, never overwritten. While planning, a change clears the signatures.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NEVER)
    public BriefSaved saveBriefField(Long id, BriefField field, Object value) {
        TandemUser me = currentPerson.require();
        Object normalized = normalize(field, value);
        for (int attempt = 1; ; attempt++) {
            try {
                return newTransaction.execute(status -> saveOnce(me, id, field, normalized));
            } catch (ObjectOptimisticLockingFailureException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw new io.tandem.base.StaleEditException("The brief is being changed by several people at "
                            + "once; your change to " + field.label() + " was not saved. Please try again.");
                }
            }
        }
    }

    private BriefSaved saveOnce(TandemUser me, Long id, BriefField field, Object value) {
        Campaign c = lock(id);
        requireEditable(c, me);
        String error = briefError(field, value);
        if (error == null) {
            error = dateOrderError(c.brief(), field, value);
        }
        if (error != null) {
            throw ValidationException.of(field.property(), error);
        }
        Object old = c.set(field, value, clock.instant());
        if (Objects.equals(text(old), text(value))) {
            return new BriefSaved(false, List.of());
        }
        campaigns.flush();
        historyOf(me, id, field, text(old), text(value));
        List<String> cleared = List.of();
        if (c.getStatus() == CampaignStatus.PLANNING) {
            List<Signature> existing = signatures.findByCampaignId(id);
            if (!existing.isEmpty()) {
                cleared = existing.stream().map(Signature::getPersonName).toList();
                signatures.deleteByCampaign(id);
                record(me, id, "signatures-cleared", me.fullName() + " changed " + field.label()
                        + ", which cleared the signatures of " + String.join(" and ", cleared));
                notifications.notify(existing.stream().map(s -> s.toRecord().personId()).toList(),
                        "Your signature on " + c.getName() + " was cleared: " + me.fullName() + " changed "
                                + field.label(), c.ref().route());
            }
        }
        announceSave(id, field, old == null, value == null, cleared, me);
        return new BriefSaved(true, cleared);
    }

    /**
     * Records a field change in the history: a burst of edits by one person is one line, and a burst that ends on the
     * value it started from leaves none (nothing changed; a value too long to be kept whole always leaves its line).
     */
    private void historyOf(TandemUser me, Long id, BriefField field, String old, String now) {
        var latest = briefChanges.findFirstByCampaignIdAndFieldOrderByChangedAtDescIdDesc(id, field);
        String kept = truncate(now);
        if (latest.isPresent() && latest.get().continues(me.personId(), clock.instant())) {
            if (Objects.equals(kept, now) && latest.get().startedFrom(now)) {
                briefChanges.delete(latest.get());
            } else {
                latest.get().extend(kept, clock.instant());
            }
        } else {
            briefChanges.save(new BriefChange(id, field, me.personId(), me.fullName(), truncate(old), kept,
                    clock.instant()));
        }
    }

    /** The rule every brief field must meet, or {@code null} when the value is fine. */
    public static String briefError(BriefField field, Object value) {
        if (field == BriefField.NAME && (value == null || value.toString().isBlank())) {
            return "Give the campaign a name";
        }
        if (value instanceof String s && field.maxLength() > 0 && s.length() > field.maxLength()) {
            return "Keep it to " + field.maxLength() + " characters (now " + s.length() + ")";
        }
        if (value instanceof String s && CONTROL.matcher(s).find()) {
            return "Remove the invisible control characters (pasted from another program?)";
        }
        if (field == BriefField.BUDGET && value instanceof BigDecimal b) {
            if (b.signum() < 0) {
                return "The budget cannot be negative";
            }
            if (b.compareTo(BUDGET_MAX) > 0 || b.scale() > 2) {
                return "Enter an amount with at most two decimals, below one trillion";
            }
        }
        return null;
    }

    /** End not before start, checked against the other date as stored (someone else may have changed it). */
    static String dateOrderError(Brief stored, BriefField field, Object value) {
        LocalDate start = field == BriefField.START_DATE ? (LocalDate) value : stored.getStartDate();
        LocalDate end = field == BriefField.END_DATE ? (LocalDate) value : stored.getEndDate();
        if ((field == BriefField.START_DATE || field == BriefField.END_DATE) && start != null && end != null
                && end.isBefore(start)) {
            return field == BriefField.END_DATE ? "The end cannot be before the start (" + start + ")"
                    : "The start cannot be after the end (" + end + ")";
        }
        return null;
    }

    private static Object normalize(BriefField field, Object value) {
        if (value != null && !field.type().isInstance(value)) {
            throw ValidationException.of(field.property(), field.label() + " has the wrong type");
        }
        if (value instanceof String s) {
            return field == BriefField.NAME ? s.trim() : (s.isBlank() ? null : s);
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Participants

    /** Adds a person to the plan; anyone may join a campaign, participants may invite others. */
    @PreAuthorize("isAuthenticated()")
    public void addParticipant(Long campaignId, Long personId) {
        TandemUser me = currentPerson.require();
        Campaign c = find(campaignId);
        if (!personId.equals(me.personId())) {
            requireEditable(c, me);
        }
        PersonSummary person = people.get(personId);
        if (!person.active()) {
            throw ValidationException.of("participant", person.fullName() + " is deactivated");
        }
        if (participants.existsByCampaignIdAndPersonId(campaignId, personId)) {
            return;
        }
        participants.save(new Participant(campaignId, personId, person.team(), clock.instant()));
        campaigns.touch(c.getId(), clock.instant());
        record(me, campaignId, "participant-added", personId.equals(me.personId())
                ? me.fullName() + " joined the plan" : me.fullName() + " invited " + person.fullName());
        if (!personId.equals(me.personId())) {
            notifications.notify(List.of(personId), me.fullName() + " invited you to plan " + c.getName(),
                    c.ref().route());
        }
        changed(campaignId, "participants-changed", me);
    }

    @PreAuthorize("isAuthenticated()")
    public void removeParticipant(Long campaignId, Long personId) {
        TandemUser me = currentPerson.require();
        Campaign c = find(campaignId);
        if (!personId.equals(me.personId())) {
            requireEditable(c, me);
        }
        if (personId.equals(c.getOwnerId())) {
            throw ValidationException.of("participant", "The owner stays in the plan");
        }
        participants.findById(new Participant.Key(campaignId, personId)).ifPresent(p -> {
            participants.delete(p);
            campaigns.touch(c.getId(), clock.instant());
            record(me, campaignId, "participant-removed", personId.equals(me.personId())
                    ? me.fullName() + " left the plan"
                    : me.fullName() + " removed " + people.get(personId).fullName());
            changed(campaignId, "participants-changed", me);
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sales input and questions

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InputEntry> inputs(Long campaignId) {
        find(campaignId);
        return inputs.findByCampaignIdOrderByCreatedAtAscIdAsc(campaignId).stream().map(SalesInput::toRecord)
                .toList();
    }

    /**
     * Adds what sales knows (objection, pain, need, competitor note) or, for Marketing, a question to sales.
     * Sales adds input, Marketing asks questions; admins both.
     */
    @PreAuthorize("isAuthenticated()")
    public InputEntry addInput(Long campaignId, InputKind kind, String text) {
        TandemUser me = currentPerson.require();
        Campaign c = find(campaignId);
        requireOpen(c);
        if (me.role() != Role.ADMIN) {
            if (kind == InputKind.QUESTION && me.team() != Team.MARKETING) {
                throw new AccessDeniedException("Marketing asks sales questions; sales answers them");
            }
            if (kind != InputKind.QUESTION && me.team() != Team.SALES) {
                throw new AccessDeniedException("Sales input comes from the sales team; ask sales a question instead");
            }
        }
        String clean = requireText("text", text, INPUT_MAX);
        SalesInput saved = inputs.save(new SalesInput(campaignId, kind, clean, me.personId(), me.fullName(),
                me.team(), clock.instant()));
        campaigns.touch(c.getId(), clock.instant());
        record(me, campaignId, kind == InputKind.QUESTION ? "question-asked" : "input-added",
                me.fullName() + (kind == InputKind.QUESTION ? " asked sales: " : " added " + kind.label().toLowerCase(
                        Locale.ROOT) + ": ") + abbreviate(clean));
        if (kind == InputKind.QUESTION) {
            List<Long> salesPeople = participants.findByCampaignId(campaignId).stream()
                    .filter(p -> p.getTeam() == Team.SALES).map(Participant::getPersonId).toList();
            notifications.notify(salesPeople, me.fullName() + " asked sales about " + c.getName() + ": "
                    + abbreviate(clean), c.ref().route());
        }
        changed(campaignId, "input-changed", me);
        return saved.toRecord();
    }

    /** Sales answers a question from marketing. A second answer to the same question is refused as stale. */
    @PreAuthorize("isAuthenticated()")
    public InputEntry answer(Long inputId, long expectedVersion, String text) {
        TandemUser me = currentPerson.require();
        SalesInput q = inputs.findById(inputId).orElseThrow(() -> new ItemNotFoundException("Question " + inputId));
        Campaign c = find(q.getCampaignId());
        requireOpen(c);
        if (q.getKind() != InputKind.QUESTION) {
            throw ValidationException.of("answer", "Only questions can be answered");
        }
        if (me.team() != Team.SALES && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Sales answers marketing's questions");
        }
        if (q.isAnswered() || q.getVersion() != expectedVersion) {
            throw new io.tandem.base.StaleEditException("Someone from sales answered this question meanwhile.");
        }
        String clean = requireText("answer", text, INPUT_MAX);
        q.answer(clean, me.fullName(), clock.instant());
        inputs.flush();
        record(me, c.getId(), "question-answered", me.fullName() + " answered: " + abbreviate(clean));
        notifications.notify(List.of(q.getAuthorId()), me.fullName() + " answered your question on " + c.getName(),
                c.ref().route());
        changed(c.getId(), "input-changed", me);
        return q.toRecord();
    }

    /** Authors may withdraw their own entry; admins any. */
    @PreAuthorize("isAuthenticated()")
    public void deleteInput(Long inputId) {
        TandemUser me = currentPerson.require();
        SalesInput entry = inputs.findById(inputId)
                .orElseThrow(() -> new ItemNotFoundException("Entry " + inputId));
        if (!entry.getAuthorId().equals(me.personId()) && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only its author can remove this entry");
        }
        inputs.delete(entry);
        record(me, entry.getCampaignId(), "input-removed", me.fullName() + " removed: " + abbreviate(entry.getText()));
        changed(entry.getCampaignId(), "input-changed", me);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Plan items

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanTask> tasks(Long campaignId) {
        find(campaignId);
        List<PlanItem> items = tasks.findByCampaignIdOrderByPositionAscIdAsc(campaignId);
        Map<Long, PersonSummary> owners = people.byIds(items.stream().map(PlanItem::getOwnerId)
                .filter(Objects::nonNull).toList());
        return items.stream().map(i -> i.toRecord(i.getOwnerId() == null ? null
                : owners.containsKey(i.getOwnerId()) ? owners.get(i.getOwnerId()).fullName() : null)).toList();
    }

    /**
     * The plan as {@link #tasks(Long)}, read once for every workspace that reloads for the live notice {@code notice}
     * (see {@link io.tandem.base.SharedReads}): everyone signed in sees the same plan, and twenty open workspaces
     * would otherwise take twenty connections at the same moment.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PlanTask> tasks(Long campaignId, String notice) {
        return shared.get(notice + "|tasks|" + campaignId, () -> tasks(campaignId));
    }

    @PreAuthorize("isAuthenticated()")
    public PlanTask addTask(Long campaignId, String title, Long ownerId, LocalDate due) {
        TandemUser me = currentPerson.require();
        Campaign c = find(campaignId);
        requireEditable(c, me);
        String clean = requireText("title", title, TASK_TITLE_MAX);
        Team team = ownerId == null ? null : people.get(ownerId).team();
        PlanItem item = tasks.save(new PlanItem(campaignId, clean, ownerId, team, due,
                tasks.maxPosition(campaignId) + 1, clock.instant()));
        campaigns.touch(c.getId(), clock.instant());
        if (ownerId != null) {
            notifications.notify(List.of(ownerId), me.fullName() + " gave you a task on " + c.getName() + ": "
                    + clean, c.ref().route());
        }
        changed(campaignId, "tasks-changed", me);
        return item.toRecord(ownerId == null ? null : people.get(ownerId).fullName());
    }

    @PreAuthorize("isAuthenticated()")
    public void updateTask(Long taskId, long expectedVersion, String title, Long ownerId, LocalDate due) {
        TandemUser me = currentPerson.require();
        PlanItem item = task(taskId, expectedVersion);
        Campaign c = find(item.getCampaignId());
        requireEditable(c, me);
        String clean = requireText("title", title, TASK_TITLE_MAX);
        Long previousOwner = item.getOwnerId();
        item.update(clean, ownerId, ownerId == null ? null : people.get(ownerId).team(), due);
        flushTask(item);
        if (ownerId != null && !ownerId.equals(previousOwner)) {
            notifications.notify(List.of(ownerId), me.fullName() + " gave you a task on " + c.getName() + ": "
                    + clean, c.ref().route());
        }
        changed(c.getId(), "tasks-changed", me);
    }

    @PreAuthorize("isAuthenticated()")
    public void setTaskDone(Long taskId, long expectedVersion, boolean done) {
        TandemUser me = currentPerson.require();
        PlanItem item = task(taskId, expectedVersion);
        Campaign c = find(item.getCampaignId());
        requireEditable(c, me);
        item.setDone(done, clock.instant());
        flushTask(item);
        if (done) {
            record(me, c.getId(), "task-done", me.fullName() + " completed: " + item.getTitle());
        }
        changed(c.getId(), "tasks-changed", me);
    }

    /** Moves a task to {@code newIndex} in the plan's order. */
    @PreAuthorize("isAuthenticated()")
    public void moveTask(Long taskId, int newIndex) {
        TandemUser me = currentPerson.require();
        PlanItem moving = tasks.findById(taskId).orElseThrow(() -> new ItemNotFoundException("Task " + taskId));
        Campaign c = find(moving.getCampaignId());
        requireEditable(c, me);
        List<PlanItem> order = new ArrayList<>(tasks.findByCampaignIdOrderByPositionAscIdAsc(c.getId()));
        order.removeIf(i -> i.getId().equals(taskId));
        order.add(Math.max(0, Math.min(newIndex, order.size())), moving);
        for (int i = 0; i < order.size(); i++) {
            tasks.setPosition(order.get(i).getId(), i);
        }
        changed(c.getId(), "tasks-changed", me);
    }

    @PreAuthorize("isAuthenticated()")
    public void deleteTask(Long taskId) {
        TandemUser me = currentPerson.require();
        PlanItem item = tasks.findById(taskId).orElseThrow(() -> new ItemNotFoundException("Task " + taskId));
        Campaign c = find(item.getCampaignId());
        requireEditable(c, me);
        tasks.delete(item);
        record(me, c.getId(), "task-removed", me.fullName() + " removed the task: " + item.getTitle());
        changed(c.getId(), "tasks-changed", me);
    }

    /** Writes the task now; a concurrent edit of the same version is reported like any stale edit. */
    private void flushTask(PlanItem item) {
        try {
            tasks.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new io.tandem.base.StaleEditException("Someone changed the task \"" + item.getTitle()
                    + "\" at the same moment; it now shows their version.");
        }
    }

    private PlanItem task(Long taskId, long expectedVersion) {
        PlanItem item = tasks.findById(taskId).orElseThrow(() -> new ItemNotFoundException("Task " + taskId));
        if (item.getVersion() != expectedVersion) {
            throw new io.tandem.base.StaleEditException("Someone changed the task \"" + item.getTitle()
                    + "\" meanwhile; it now shows their version.");
        }
        return item;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sign-off and status

    /** A team lead signs the plan for their team. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public SignOff sign(Long campaignId) {
        TandemUser me = currentPerson.require();
        Campaign c = lock(campaignId);
        if (c.getStatus() != CampaignStatus.PLANNING) {
            throw ValidationException.of("status", "Only a plan that is still being planned can be signed");
        }
        if (signatures.existsById(new Signature.Key(campaignId, me.team()))) {
            throw ValidationException.of("status", me.team().label() + " has already signed this plan");
        }
        signatures.save(new Signature(campaignId, me.team(), me.personId(), me.fullName(), clock.instant()));
        campaigns.touch(c.getId(), clock.instant());
        record(me, campaignId, "signed", me.fullName() + " signed the plan for " + me.team().label());
        notifications.notify(List.of(c.getOwnerId()), me.fullName() + " signed " + c.getName() + " for "
                + me.team().label(), c.ref().route());
        changed(campaignId, "signed", me);
        return signOff(campaignId);
    }

    /** PLANNING → ACTIVE, only with both teams' signatures. */
    @PreAuthorize("isAuthenticated()")
    public void activate(Long campaignId) {
        TandemUser me = currentPerson.require();
        Campaign c = lock(campaignId);
        requireStatusChanger(c, me);
        SignOff signOff = signOff(campaignId);
        if (!signOff.complete()) {
            throw ValidationException.of("status", "The plan cannot go live yet: it still needs the signature of a "
                    + String.join(" and a ", signOff.missing().stream().map(Team::label).toList()) + " team lead.");
        }
        move(c, CampaignStatus.ACTIVE, me, me.fullName() + " activated the campaign");
    }

    /** ACTIVE → COMPLETED. */
    @PreAuthorize("isAuthenticated()")
    public void complete(Long campaignId) {
        TandemUser me = currentPerson.require();
        Campaign c = lock(campaignId);
        requireStatusChanger(c, me);
        move(c, CampaignStatus.COMPLETED, me, me.fullName() + " completed the campaign");
    }

    /** PLANNING or ACTIVE → CANCELLED, with a reason. */
    @PreAuthorize("isAuthenticated()")
    public void cancel(Long campaignId, String reason) {
        TandemUser me = currentPerson.require();
        Campaign c = lock(campaignId);
        requireStatusChanger(c, me);
        String why = requireText("reason", reason, CANCEL_REASON_MAX);
        move(c, CampaignStatus.CANCELLED, me, me.fullName() + " cancelled the campaign: " + why);
    }

    private void move(Campaign c, CampaignStatus next, TandemUser me, String summary) {
        if (!c.getStatus().canMoveTo(next)) {
            throw ValidationException.of("status", "A " + c.getStatus().label().toLowerCase(Locale.ROOT)
                    + " campaign cannot become " + next.label().toLowerCase(Locale.ROOT));
        }
        c.moveTo(next, clock.instant());
        campaigns.flush();
        record(me, c.getId(), next.name().toLowerCase(Locale.ROOT), summary);
        notifications.notify(participants.findByCampaignId(c.getId()).stream().map(Participant::getPersonId)
                .toList(), c.getName() + " is now " + next.label().toLowerCase(Locale.ROOT), c.ref().route());
        changed(c.getId(), "status-changed", me);
    }

    // ---------------------------------------------------------------------------------------------------------
    // History, mentions, what needs people

    /** Brief changes (old → new) and milestones from the activity trail, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Long campaignId) {
        find(campaignId);
        List<HistoryEntry> fields = briefChanges.findByCampaignIdOrderByChangedAtDescIdDesc(campaignId).stream()
                .map(BriefChange::toRecord).toList();
        List<HistoryEntry> milestones = activity.forItem("campaign", String.valueOf(campaignId), 200).stream()
                .map(CampaignService::milestone).toList();
        return Stream.concat(fields.stream(), milestones.stream())
                .sorted(Comparator.comparing(HistoryEntry::at).reversed()).toList();
    }

    /**
     * The history as {@link #history(Long)}, read once for every workspace that reloads for the live notice
     * {@code notice}: a saved brief reloads it in every open workspace.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<HistoryEntry> history(Long campaignId, String notice) {
        return shared.get(notice + "|history|" + campaignId, () -> history(campaignId));
    }

    private static HistoryEntry milestone(Activity a) {
        return new HistoryEntry(a.occurredAt(), a.actorName(), null, null, null, a.summary());
    }

    /**
     * Notifies the people {@code @mentioned} in a discussion message on the campaign: by username, or by first
     * name when only one active person has it.
     */
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> mention(Long campaignId, String message) {
        TandemUser me = currentPerson.require();
        Campaign c = find(campaignId);
        List<PersonSummary> active = people.listActive();
        Set<PersonSummary> mentioned = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(message);
        while (m.find()) {
            String token = m.group(1).toLowerCase(Locale.ROOT);
            active.stream().filter(p -> p.username().equals(token)).findFirst().ifPresentOrElse(mentioned::add, () -> {
                List<PersonSummary> byFirstName = active.stream()
                        .filter(p -> p.fullName().split("\\s+")[0].toLowerCase(Locale.ROOT).equals(token)).toList();
                if (byFirstName.size() == 1) {
                    mentioned.add(byFirstName.get(0));
                }
            });
        }
        notifications.notify(mentioned.stream().map(PersonSummary::id).toList(),
                me.fullName() + " mentioned you in " + c.getName() + ": " + abbreviate(message), c.ref().route());
        return List.copyOf(mentioned);
    }

    /** Open questions to sales on the campaigns this person plans (for sales), and plans waiting for their signature. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<io.tandem.base.NeedsYou> needsYou() {
        TandemUser me = currentPerson.require();
        List<Long> mine = participants.campaignIdsOf(me.personId());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Campaign> byId = new HashMap<>();
        campaigns.findAllById(mine).forEach(c -> byId.put(c.getId(), c));
        List<io.tandem.base.NeedsYou> result = new ArrayList<>();
        if (me.team() == Team.SALES) {
            for (SalesInput q : inputs.openQuestionsIn(mine)) {
                Campaign c = byId.get(q.getCampaignId());
                if (c != null && c.getStatus() != CampaignStatus.CANCELLED && c.getStatus() != CampaignStatus.COMPLETED) {
                    result.add(new io.tandem.base.NeedsYou("Question from marketing", c.getName() + ": "
                            + abbreviate(q.getText()), c.ref().route(), null, false));
                }
            }
        }
        if (me.role() == Role.TEAM_LEAD) {
            for (Campaign c : byId.values()) {
                if (c.getStatus() == CampaignStatus.PLANNING && c.brief().getObjective() != null
                        && !signatures.existsById(new Signature.Key(c.getId(), me.team()))) {
                    result.add(new io.tandem.base.NeedsYou("Plan to sign", c.getName() + " needs "
                            + me.team().label() + "'s signature", c.ref().route(), null, false));
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (Long id : mine) {
            tasks.findByCampaignIdOrderByPositionAscIdAsc(id).stream()
                    .filter(t -> me.personId().equals(t.getOwnerId()) && !t.isDone())
                    .forEach(t -> {
                        PlanTask task = t.toRecord(me.fullName());
                        Campaign c = byId.get(id);
                        if (c != null && c.getStatus() != CampaignStatus.CANCELLED && c.getStatus() != CampaignStatus.COMPLETED) {
                            result.add(new io.tandem.base.NeedsYou("Your task", c.getName() + ": " + task.title(),
                                    c.ref().route(), task.dueDate() == null ? null
                                            : task.dueDate().atStartOfDay(clock.getZone()).toInstant(),
                                    task.isOverdue(today)));
                        }
                    });
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rules and helpers

    private Campaign lock(Long id) {
        return campaigns.lockById(id).orElseThrow(() -> new ItemNotFoundException("Campaign " + id));
    }

    Campaign find(Long id) {
        return campaigns.findById(id).orElseThrow(() -> new ItemNotFoundException("Campaign " + id));
    }

    private boolean canEdit(Campaign c, TandemUser me) {
        return me.role() == Role.ADMIN || c.getOwnerId().equals(me.personId())
                || participants.existsByCampaignIdAndPersonId(c.getId(), me.personId());
    }

    private void requireEditable(Campaign c, TandemUser me) {
        requireOpen(c);
        if (!canEdit(c, me)) {
            throw new AccessDeniedException("Join the plan to change it");
        }
    }

    private static void requireOpen(Campaign c) {
        if (c.getStatus() == CampaignStatus.COMPLETED || c.getStatus() == CampaignStatus.CANCELLED) {
            throw ValidationException.of("status", "This campaign is " + c.getStatus().label()
                    .toLowerCase(Locale.ROOT) + "; its plan can no longer change");
        }
    }

    private static void requireStatusChanger(Campaign c, TandemUser me) {
        if (me.role() != Role.ADMIN && me.role() != Role.TEAM_LEAD && !c.getOwnerId().equals(me.personId())) {
            throw new AccessDeniedException("Only the owner, a team lead or an admin changes a campaign's status");
        }
    }

    private static String requireText(String field, String text, int max) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw ValidationException.of(field, "Write something first");
        }
        if (clean.length() > max) {
            throw ValidationException.of(field, "Keep it to " + max + " characters (now " + clean.length() + ")");
        }
        if (CONTROL.matcher(clean).find()) {
            throw ValidationException.of(field, "Remove the invisible control characters (pasted from another program?)");
        }
        return clean;
    }

    private void record(TandemUser me, Long campaignId, String action, String summary) {
        events.publishEvent(new CampaignChanged(me.personId(), me.fullName(), campaignId, action, summary));
    }

    /**
     * Announces a saved brief value to those it can change something for. The workspace hears every save (its
     * history; {@code campaign-renamed} also changes its title). Outside it, a brief shows only by its name and
     * dates (the campaigns list) and by whether the objective is filled in (a plan to sign on home), so the list's
     * topic, which every campaigns list, home page and dashboard follows, hears only of those, and of cleared
     * signatures: someone typing an objective no longer makes every one of them read again for each saved value.
     */
    private void announceSave(Long id, BriefField field, boolean wasEmpty, boolean isEmpty, List<String> cleared,
            TandemUser me) {
        String kind = !cleared.isEmpty() ? "signatures-cleared" : field == BriefField.NAME ? "campaign-renamed"
                : "brief-saved";
        boolean showsOutside = field == BriefField.NAME || field == BriefField.START_DATE
                || field == BriefField.END_DATE || field == BriefField.OBJECTIVE && wasEmpty != isEmpty
                || !cleared.isEmpty();
        changed(id, kind, me, showsOutside);
    }

    void changed(Long campaignId, String kind, TandemUser actor) {
        changed(campaignId, kind, actor, true);
    }

    /** Announces a change on the campaign's own topic and, {@code alsoOnTheList}, on the campaigns' topic. */
    private void changed(Long campaignId, String kind, TandemUser actor, boolean alsoOnTheList) {
        liveUpdates.publishAfterCommit(Topics.item("campaign", campaignId), kind, String.valueOf(campaignId),
                actor.fullName());
        if (alsoOnTheList) {
            liveUpdates.publishAfterCommit(LIST_TOPIC, kind, String.valueOf(campaignId), actor.fullName());
        }
    }

    private String signOffText(Campaign c, Map<Team, SignOff.TeamSignature> signed) {
        if (c.getStatus() != CampaignStatus.PLANNING) {
            return c.getStatus() == CampaignStatus.CANCELLED ? "—" : "Signed by both teams";
        }
        return new SignOff(signed.isEmpty() ? Map.of() : new EnumMap<>(signed)).describe();
    }

    private static Map<Long, Long> toMap(List<Object[]> rows) {
        Map<Long, Long> map = new HashMap<>();
        rows.forEach(r -> map.put((Long) r[0], (Long) r[1]));
        return map;
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 120 ? one : one.substring(0, 119) + "…";
    }
}
