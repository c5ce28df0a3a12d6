package io.tandem.lead;

import io.tandem.activity.NotificationService;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.SharedReads;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.people.CurrentPerson;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import io.tandem.campaign.CampaignService;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads and their verdicts. Marketing creates, hands over and nurtures; sales accepts, rejects, recycles, logs
 * first contact and works its leads; admins may do everything. Every change is checked here, recorded in the
 * activity trail and announced on {@link #BOARD_TOPIC} after commit.
 */
@Service
@Transactional
public class LeadService {

    /** Every open lead board listens here. */
    public static final String BOARD_TOPIC = "leads/board";

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final LeadRepository leads;
    private final StageChangeRepository changes;
    private final MeetingRepository meetings;
    private final LeadDefinitionService definitions;
    private final NotificationService notifications;
    private final CurrentPerson currentPerson;
    private final PeopleService people;
    private final CampaignService campaigns;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final Clock clock;
    private final ColumnCounts columnCounts;
    private final BusinessHours hours = BusinessHours.DEFAULT;
    private final SharedReads shared;
    /** Cards per query when a column is read; the board shows them 20 at a time. */
    private static final int SLICE_PAGE = 20;

    LeadService(LeadRepository leads, StageChangeRepository changes, MeetingRepository meetings, LeadDefinitionService definitions,
            NotificationService notifications, CurrentPerson currentPerson, PeopleService people,
            CampaignService campaigns,
            ApplicationEventPublisher events,
            LiveUpdates liveUpdates, Clock clock, ColumnCounts columnCounts, PlatformTransactionManager transactions) {
        this.leads = leads;
        this.shared = new SharedReads(transactions);
        this.columnCounts = columnCounts;
        this.changes = changes;
        this.meetings = meetings;
        this.definitions = definitions;
        this.notifications = notifications;
        this.currentPerson = currentPerson;
        this.people = people;
        this.campaigns = campaigns;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** One page of a board column, newest stage change first; with "overdue only", most overdue first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LeadCard> column(LeadStage stage, LeadFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        if (filter.overdueOnly() && !stage.slaRelevant()) {
            return List.of(); // no SLA runs in this column, so nothing in it can be overdue
        }
        Instant now = clock.instant();
        PageRequest page = PageRequest.of(offset / size, size);
        List<Lead> found = filter.overdueOnly()
                ? leads.overdueColumn(stage, filter.campaignId(), filter.ownerId(), now, page)
                : leads.column(stage, filter.campaignId(), filter.ownerId(), false, now, page);
        return found.stream().map(l -> card(l, now)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(LeadStage stage, LeadFilter filter) {
        if (filter.overdueOnly() && !stage.slaRelevant()) {
            return 0;
        }
        return leads.countColumn(stage, filter.campaignId(), filter.ownerId(), filter.overdueOnly(), clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LeadCard get(Long id) {
        return card(find(id), clock.instant());
    }

    /**
     * The lead as {@link #get(Long)}, read once for every board that reloads for the live notice {@code notice}
     * (see {@link SharedReads}; no transaction here: the one that reads has its own, the others need none).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LeadCard get(Long id, String notice) {
        return shared.get(notice + "|lead|" + id, () -> card(find(id), clock.instant()));
    }

    /**
     * A column as the board shows it: how many leads it holds under {@code filter} (counted up to
     * {@link ColumnSlice#COUNTED_UP_TO}) and its first {@code upTo}. With
     * a live notice, the read is shared by every board that reloads for it (see {@link SharedReads}); without one
     * ({@code null}), it is read for this caller alone.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ColumnSlice slice(LeadStage stage, LeadFilter filter, int upTo, String notice) {
        return notice == null ? shared.alone(() -> readSlice(stage, filter, upTo))
                : shared.get(notice + "|" + stage + "|" + filter + "|" + upTo, () -> readSlice(stage, filter, upTo));
    }

    private ColumnSlice readSlice(LeadStage stage, LeadFilter filter, int upTo) {
        if (filter.overdueOnly() && !stage.slaRelevant()) {
            return new ColumnSlice(0, List.of());
        }
        Instant now = clock.instant();
        long total = columnCounts.upTo(stage, filter, now, ColumnSlice.COUNTED_UP_TO + 1);
        List<LeadCard> cards = new ArrayList<>();
        for (int offset = 0; offset < Math.min(upTo, total); offset += SLICE_PAGE) {
            PageRequest page = PageRequest.of(offset / SLICE_PAGE, SLICE_PAGE);
            List<Lead> found = filter.overdueOnly()
                    ? leads.overdueColumn(stage, filter.campaignId(), filter.ownerId(), now, page)
                    : leads.column(stage, filter.campaignId(), filter.ownerId(), false, now, page);
            found.stream().map(l -> card(l, now)).forEach(cards::add);
            if (found.size() < SLICE_PAGE) {
                break;
            }
        }
        return new ColumnSlice(total, List.copyOf(cards));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LeadHistoryEntry> history(Long id) {
        Lead lead = find(id);
        List<LeadHistoryEntry> stored = changes.findByLeadIdOrderByChangedAtAscIdAsc(id).stream()
                .map(StageChange::toRecord).toList();
        if (!stored.isEmpty() && stored.getFirst().from() == null) {
            return stored; // added by hand, or imported before imports stopped storing this entry per lead
        }
        return changes.importOf(id).map(origin -> {
            List<LeadHistoryEntry> all = new ArrayList<>(stored.size() + 1);
            all.add(new LeadHistoryEntry(null, LeadStage.NEW, lead.getCreatedAt(), origin.getImportedBy(),
                    "Imported from " + origin.getFileName(), false));
            all.addAll(stored);
            return List.copyOf(all);
        }).orElse(stored);
    }

    /** Marketing (or an admin) adds a lead in NEW. */
    @PreAuthorize("isAuthenticated()")
    public LeadCard create(LeadForm form) {
        TandemUser me = requireTeam(Team.MARKETING, "add leads");
        Map<String, String> errors = errors(form);
        if (errors.isEmpty() && leads.existsByEmailIgnoreCase(form.normalizedEmail())) {
            errors.put("email", "A lead with this email address exists already");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Lead lead;
        try {
            lead = leads.saveAndFlush(newLead(form, clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // the unique index on email: someone added the same person at the same moment
            throw new ValidationException(Map.of("email", "A lead with this email address exists already"));
        }
        changes.save(new StageChange(lead.getId(), null, LeadStage.NEW, clock.instant(), me.personId(),
                me.fullName(), "Added"));
        publish(me, lead, "created", "Added the lead " + lead.getName());
        return card(lead, clock.instant());
    }

    /** Validation of one lead's fields, also used by the import; keys are field names. */
    static Map<String, String> errors(LeadForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.put("name", "Give the lead's name");
        } else if (form.name().trim().length() > 120) {
            errors.put("name", "Keep the name to 120 characters");
        }
        if (form.email() == null || form.email().isBlank()) {
            errors.put("email", "An email address is needed");
        } else if (form.email().trim().length() > 254 || !EMAIL.matcher(form.email().trim()).matches()) {
            errors.put("email", "This is not an email address");
        }
        check(errors, "company", form.company(), 160);
        check(errors, "phone", form.phone(), 40);
        check(errors, "jobTitle", form.jobTitle(), 120);
        check(errors, "sourceChannel", form.sourceChannel(), 60);
        check(errors, "notes", form.notes(), 2000);
        // the same rule as every text field (TextInputGuard); imported rows do not pass through the guard
        java.util.Map.of("name", nullToEmpty(form.name()), "email", nullToEmpty(form.email()),
                "company", nullToEmpty(form.company()), "phone", nullToEmpty(form.phone()),
                "jobTitle", nullToEmpty(form.jobTitle()), "sourceChannel", nullToEmpty(form.sourceChannel()),
                "notes", nullToEmpty(form.notes())).forEach((field, value) -> {
                    if (!errors.containsKey(field) && io.tandem.base.TextInput.hasControlCharacters(value)) {
                        errors.put(field, io.tandem.base.TextInput.CONTROL_MESSAGE);
                    }
                });
        return errors;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void check(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.put(field, "Keep this to " + max + " characters");
        }
    }

    static Lead newLead(LeadForm form, Instant now) {
        return new Lead(form.name().strip(), LeadForm.optional(form.company()), form.normalizedEmail(),
                LeadForm.optional(form.phone()), LeadForm.optional(form.jobTitle()), form.campaignId(),
                LeadForm.optional(form.sourceChannel()), LeadForm.optional(form.notes()), now);
    }

    /** Marketing hands a NEW or nurtured lead to sales: it becomes an MQL and the SLA clock (re)starts. */
    @PreAuthorize("isAuthenticated()")
    public LeadCard handOver(Long id, long expectedVersion, List<String> criteriaMet) {
        TandemUser me = currentPerson.require();
        Lead lead = load(id, expectedVersion);
        LeadStage from = lead.getStage();
        guard(lead, LeadStage.MQL, me);
        Instant now = clock.instant();
        int slaHours = definitions.slaHoursInForce();
        if (criteriaMet != null) {
            lead.setCriteriaMet(criteriaMet);
        }
        lead.handOver(now, hours.plus(now, slaHours));
        return save(me, lead, from, "handed-over", "Handed " + lead.getName() + " over to sales ("
                + slaHours + " business hours to first contact)", null);
    }

    /** Sales accepts an MQL and becomes its owner. */
    @PreAuthorize("isAuthenticated()")
    public LeadCard accept(Long id, long expectedVersion) {
        TandemUser me = currentPerson.require();
        Lead lead = load(id, expectedVersion);
        LeadStage from = lead.getStage();
        guard(lead, LeadStage.ACCEPTED, me);
        lead.accept(me.personId(), clock.instant());
        return save(me, lead, from, "accepted", "Accepted " + lead.getName(), null);
    }

    /** Sales rejects an MQL, with a reason (and a note, required for "Other"). */
    @PreAuthorize("isAuthenticated()")
    public LeadCard reject(Long id, long expectedVersion, RejectReason reason, String note) {
        TandemUser me = currentPerson.require();
        if (reason == null) {
            throw ValidationException.of("reason", "Pick a reason");
        }
        String trimmed = note == null ? "" : note.trim();
        if (reason == RejectReason.OTHER && trimmed.isEmpty()) {
            throw ValidationException.of("note", "Say why, in a few words");
        }
        if (trimmed.length() > 1000) {
            throw ValidationException.of("note", "Keep the note to 1000 characters");
        }
        Lead lead = load(id, expectedVersion);
        LeadStage from = lead.getStage();
        if (from != LeadStage.MQL) {
            throw ValidationException.of("stage", "Only a handed-over lead (MQL) can be rejected; "
                    + "move a lead sales works on to Lost instead");
        }
        guard(lead, LeadStage.LOST, me);
        lead.reject(reason, trimmed.isEmpty() ? null : trimmed, clock.instant());
        String detail = reason.label() + (trimmed.isEmpty() ? "" : ": " + trimmed);
        return save(me, lead, from, "rejected", "Rejected " + lead.getName() + " (" + detail + ")", detail);
    }

    /** Sends a lead back to marketing nurture with a reason and a date to look at it again. */
    @PreAuthorize("isAuthenticated()")
    public LeadCard recycle(Long id, long expectedVersion, String reason, LocalDate revisitOn) {
        TandemUser me = currentPerson.require();
        Map<String, String> errors = new LinkedHashMap<>();
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            errors.put("reason", "Say why the lead is not ready yet");
        } else if (trimmed.length() > 1000) {
            errors.put("reason", "Keep the reason to 1000 characters");
        }
        if (revisitOn == null) {
            errors.put("revisitOn", "Pick a date to look at the lead again");
        } else if (!revisitOn.isAfter(LocalDate.ofInstant(clock.instant(), hours.zone()))) {
            errors.put("revisitOn", "Pick a date in the future");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Lead lead = load(id, expectedVersion);
        LeadStage from = lead.getStage();
        guard(lead, LeadStage.NURTURE, me);
        lead.recycle(trimmed, revisitOn, clock.instant());
        String detail = trimmed + " (revisit " + revisitOn + ")";
        return save(me, lead, from, "recycled", "Recycled " + lead.getName() + " to nurture: " + detail, detail);
    }

    /** Sales logs the first contact ("called", "emailed", "met"): the SLA clock stops. */
    @PreAuthorize("isAuthenticated()")
    public LeadCard logContact(Long id, long expectedVersion, ContactKind kind) {
        TandemUser me = currentPerson.require();
        Lead lead = load(id, expectedVersion);
        if (!lead.getStage().slaRelevant()) {
            throw ValidationException.of("stage", "Contact is logged on leads handed over to sales");
        }
        if (me.team() != Team.SALES && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only Sales logs contact with a lead");
        }
        if (lead.getFirstContactAt() != null) {
            throw ValidationException.of("stage", "First contact was logged already ("
                    + lead.getFirstContactKind().label().toLowerCase(Locale.ROOT) + ")");
        }
        lead.logContact(kind, clock.instant());
        flush();
        publish(me, lead, "contacted", kind.label() + " " + lead.getName() + " (first contact)");
        return card(lead, clock.instant());
    }

    /**
     * A move from the board (drag and drop or the card menu) to a stage that needs no reason: hand over,
     * accept, start working, won, lost from working. Verdicts needing a reason are refused with a hint.
     */
    @PreAuthorize("isAuthenticated()")
    public LeadCard move(Long id, long expectedVersion, LeadStage target) {
        TandemUser me = currentPerson.require();
        Lead lead = load(id, expectedVersion);
        LeadStage from = lead.getStage();
        if (target == LeadStage.MQL) {
            return handOver(id, expectedVersion, null);
        }
        if (target == LeadStage.ACCEPTED) {
            return accept(id, expectedVersion);
        }
        guard(lead, target, me);
        if (target == LeadStage.NURTURE) {
            throw ValidationException.of("stage", "Recycling needs a reason and a revisit date");
        }
        if (target == LeadStage.LOST && from == LeadStage.MQL) {
            throw ValidationException.of("stage", "Rejecting needs a reason");
        }
        lead.moveTo(target, clock.instant());
        return save(me, lead, from, "moved", "Moved " + lead.getName() + " to " + target.label(), null);
    }

    /** The columns of {@link #export}. */
    public static final List<String> EXPORT_HEADER = List.of("Name", "Company", "Email", "Phone", "Job title",
            "Campaign", "Source channel", "Stage", "Owner", "Handed over", "SLA due", "First contact", "Contact kind",
            "Recycle count", "Reject reason", "Verdict note", "Revisit on", "Criteria met");

    /**
     * Writes every lead matching {@code filter} (all stages, board order) as CSV with a header, page by page so a
     * large export never holds all leads in memory. Cells that could run as spreadsheet formulas are neutralised.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int export(LeadFilter filter, java.io.Writer out) throws java.io.IOException {
        Map<Long, String> owners = new java.util.HashMap<>();
        people.listActive().forEach(p -> owners.put(p.id(), p.fullName()));
        Map<Long, String> campaignNames = new java.util.HashMap<>();
        campaigns.refs().forEach(c -> campaignNames.put(c.id(), c.name()));
        out.write(LeadCsv.row(EXPORT_HEADER));
        int rows = 0;
        Instant now = clock.instant();
        for (LeadStage stage : LeadStage.values()) {
            for (int page = 0; ; page++) {
                List<Lead> batch = leads.column(stage, filter.campaignId(), filter.ownerId(), filter.overdueOnly(),
                        now, PageRequest.of(page, 500));
                for (Lead l : batch) {
                    out.write(LeadCsv.row(java.util.Arrays.asList(l.getName(), l.getCompany(), l.getEmail(),
                            l.getPhone(), l.getJobTitle(), l.getCampaignId() == null ? null
                                    : campaignNames.getOrDefault(l.getCampaignId(), "#" + l.getCampaignId()),
                            l.getSourceChannel(), l.getStage().label(),
                            l.getOwnerId() == null ? null : owners.getOrDefault(l.getOwnerId(), "#" + l.getOwnerId()),
                            str(l.getHandedOverAt()), str(l.getSlaDueAt()), str(l.getFirstContactAt()),
                            l.getFirstContactKind() == null ? null : l.getFirstContactKind().label(),
                            String.valueOf(l.getRecycleCount()),
                            l.getRejectReason() == null ? null : l.getRejectReason().label(), l.getVerdictNote(),
                            str(l.getRevisitOn()), String.join("; ", l.criteriaMet()))));
                    rows++;
                }
                if (batch.size() < 500) {
                    break;
                }
            }
        }
        out.flush();
        return rows;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** A Sales team lead (or an admin) gives an accepted or worked lead to a sales person, who is notified. */
    @PreAuthorize("isAuthenticated()")
    public LeadCard assign(Long id, long expectedVersion, Long ownerId) {
        TandemUser me = currentPerson.require();
        boolean salesLead = me.team() == Team.SALES && me.role() == Role.TEAM_LEAD;
        if (!salesLead && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only a Sales team lead assigns leads");
        }
        PersonSummary owner = people.listActive().stream().filter(p -> p.id().equals(ownerId)).findFirst()
                .orElseThrow(() -> ValidationException.of("owner", "Pick an active person"));
        if (owner.team() != Team.SALES) {
            throw ValidationException.of("owner", "Leads are owned by someone in Sales");
        }
        Lead lead = load(id, expectedVersion);
        if (lead.getStage() != LeadStage.ACCEPTED && lead.getStage() != LeadStage.WORKING) {
            throw ValidationException.of("stage", "Only accepted or worked leads have an owner");
        }
        lead.assign(ownerId, clock.instant());
        flush();
        publish(me, lead, "assigned", "Gave " + lead.getName() + " to " + owner.fullName());
        notifications.notify(List.of(ownerId), me.fullName() + " gave you the lead " + lead.getName(), "leads");
        return card(lead, clock.instant());
    }

    /** Why {@code target} is refused for this lead and the signed-in person, or null when allowed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String refusal(LeadCard card, LeadStage target) {
        TandemUser me = currentPerson.require();
        return StageMachine.refusal(card.stage(), target, me.team(), me.role() == Role.ADMIN).orElse(null);
    }

    private void guard(Lead lead, LeadStage target, TandemUser me) {
        StageMachine.refusal(lead.getStage(), target, me.team(), me.role() == Role.ADMIN).ifPresent(reason -> {
            if (StageMachine.allowed(lead.getStage(), target)) {
                throw new AccessDeniedException(reason);
            }
            throw ValidationException.of("stage", reason);
        });
    }

    private TandemUser requireTeam(Team team, String what) {
        TandemUser me = currentPerson.require();
        if (me.team() != team && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only " + team.label() + " may " + what);
        }
        return me;
    }

    private Lead load(Long id, long expectedVersion) {
        Lead lead = find(id);
        if (lead.getVersion() != expectedVersion) {
            throw stale(lead);
        }
        return lead;
    }

    private static StaleEditException stale(Lead lead) {
        return new StaleEditException(lead.getName() + " was just changed by someone else (now in "
                + lead.getStage().label() + "). The board shows the current state.");
    }

    private LeadCard save(TandemUser me, Lead lead, LeadStage from, String action, String summary, String detail) {
        Long meetingId = null;
        if (isVerdict(from, lead.getStage())) {
            meetingId = meetings.findFirstByEndedAtIsNullOrderByStartedAtDesc().map(TriageMeeting::getId).orElse(null);
            lead.verdictInMeeting(meetingId);
            if (meetingId != null) {
                summary = summary + " (in the triage meeting)";
            }
        }
        flush();
        changes.save(new StageChange(lead.getId(), from, lead.getStage(), clock.instant(), me.personId(),
                me.fullName(), detail).inMeeting(meetingId));
        publish(me, lead, action, summary);
        return card(lead, clock.instant());
    }

    /** Accept, reject and recycle of a handed-over lead are the verdicts a triage meeting counts. */
    static boolean isVerdict(LeadStage from, LeadStage to) {
        return from == LeadStage.MQL && (to == LeadStage.ACCEPTED || to == LeadStage.LOST || to == LeadStage.NURTURE);
    }

    private void flush() {
        try {
            leads.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Someone else changed this lead at the same moment. "
                    + "The board shows the current state.");
        }
    }

    private void publish(TandemUser me, Lead lead, String action, String summary) {
        events.publishEvent(new LeadChanged(me.personId(), me.fullName(), lead.getId(), action, summary));
        liveUpdates.publishAfterCommit(BOARD_TOPIC, "lead-" + action, String.valueOf(lead.getId()), me.fullName());
    }

    Lead find(Long id) {
        return leads.findById(id).orElseThrow(() -> new ItemNotFoundException("Lead " + id));
    }

    LeadCard card(Lead l, Instant now) {
        return new LeadCard(l.getId(), l.getName(), l.getCompany(), l.getEmail(), l.getPhone(), l.getJobTitle(),
                l.getCampaignId(), l.getSourceChannel(), l.getNotes(), l.criteriaMet(), l.getStage(), l.getOwnerId(),
                l.getCreatedAt(), l.getStageChangedAt(), l.getHandedOverAt(), l.getSlaDueAt(), l.getFirstContactAt(),
                l.getFirstContactKind(), l.getRecycleCount(), l.getRejectReason(), l.getVerdictNote(),
                l.getRevisitOn(), SlaState.of(l.getStage(), l.getHandedOverAt(), l.getSlaDueAt(),
                        l.getFirstContactAt(), hours, now), l.getVerdictMeetingId(), l.getVersion());
    }
}
