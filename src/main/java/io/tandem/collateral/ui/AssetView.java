package io.tandem.collateral.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TeamBadge;
import io.tandem.base.ui.TimeAgo;
import io.tandem.campaign.CampaignService;
import io.tandem.collaboration.Collaboration;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collateral.AssetDetails;
import io.tandem.collateral.AssetState;
import io.tandem.collateral.AssetSummary;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.Decision;
import io.tandem.collateral.DecisionInfo;
import io.tandem.collateral.FileCheck;
import io.tandem.collateral.FileContent;
import io.tandem.collateral.ReviewerInfo;
import io.tandem.collateral.UseInfo;
import io.tandem.collateral.VersionInfo;
import io.tandem.people.PeopleService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * One asset: details, the current version previewed (PDF, images) or linked, older versions, reviewers and
 * their decisions, the actions the signed-in person may take now, usage, and a discussion. Everyone looking at
 * it sees each other's avatars, and every change (a decision, a new version, a state change, a use) within a
 * second.
 */
@Route("collateral/:assetId(\\d+)")
@PermitAll
public class AssetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CollateralService collateral;
    private final CampaignService campaigns;
    private final PeopleService people;
    private final Collaboration collaboration;
    private final LiveUpdates liveUpdates;

    private Long assetId;
    private Registration subscription;
    AssetDetails details;
    private String pageTitle = "Collateral · Tandem";

    final Div header = new Div();
    private final H2 titleText = new H2();
    private final Div titleRow = new Div();
    private final Div headerBody = new Div();
    final Div actions = new Div();
    final Div preview = new Div();
    final Div reviewersBox = new Div();
    final Div decisionsBox = new Div();
    final Div versionsBox = new Div();
    final Div usageBox = new Div();
    private final Div side = new Div();

    AssetView(CollateralService collateral, CampaignService campaigns, PeopleService people,
            Collaboration collaboration, LiveUpdates liveUpdates) {
        this.collateral = collateral;
        this.campaigns = campaigns;
        this.people = people;
        this.collaboration = collaboration;
        this.liveUpdates = liveUpdates;
        addClassNames("feature-view", "asset-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assetId = event.getRouteParameters().getLong("assetId")
                .orElseThrow(() -> new ItemNotFoundException("Asset"));
        details = collateral.details(assetId);
        pageTitle = details.summary().title() + " · Collateral · Tandem";
        if (isAttached()) {
            build(); // navigating from one asset to another reuses this view
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        build();
    }

    private void build() {
        if (subscription != null) {
            subscription.remove();
        }
        removeAll();
        header.addClassName("asset-header");
        actions.addClassName("asset-actions");
        preview.addClassName("asset-preview");
        Div main = new Div(header, actions, preview,
                section("Reviewers", reviewersBox), section("Decisions", decisionsBox),
                section("Versions", versionsBox), section("Usage", usageBox));
        main.addClassName("asset-main");
        side.removeAll();
        side.addClassName("asset-side");
        side.add(new H3("Discussion"), collaboration.discussion(CollateralService.topic(assetId)));
        // created once per attach: presence must not churn when the page re-renders on a live notice
        titleRow.removeAll();
        titleRow.addClassName("asset-title-row");
        titleRow.add(titleText, collaboration.avatars(CollateralService.topic(assetId)));
        header.removeAll();
        header.add(titleRow, headerBody);
        add(main, side);
        render();
        subscription = liveUpdates.subscribe(this, CollateralService.topic(assetId), notice -> reload());
    }

    private static Section section(String title, Div body) {
        body.addClassName("asset-section-body");
        Section s = new Section(new H3(title), body);
        s.addClassName("asset-section");
        return s;
    }

    void reload() {
        details = collateral.details(assetId);
        render();
    }

    private void render() {
        AssetSummary s = details.summary();
        headerBody.removeAll();
        titleText.setText(s.title());
        Div meta = new Div(CollateralView.statePill(s.state()), chip(s.type().label()), chip(s.stage().label()));
        if (s.campaignName() != null) {
            meta.add(new Anchor("campaigns/" + s.campaignId(), s.campaignName()));
        }
        meta.add(new Span("Owner: " + s.ownerName()));
        if (s.dueDate() != null) {
            meta.add(new Span("Review due " + s.dueDate()));
        }
        meta.addClassName("asset-meta");
        headerBody.add(meta);
        if (details.description() != null) {
            headerBody.add(new Paragraph(details.description()));
        }
        if (s.state() == AssetState.RETIRED && details.retiredReason() != null) {
            headerBody.add(new Paragraph("Retired: " + details.retiredReason()));
        }
        if (s.retireCandidate()) {
            Span flag = new Span("Nobody used this in " + CollateralService.RETIRE_AFTER_DAYS
                    + " days: a candidate to retire");
            flag.addClassName("retire-candidate");
            headerBody.add(flag);
        }
        renderActions(s);
        renderPreview();
        renderReviewers();
        renderDecisions();
        renderVersions();
        renderUsage(s);
    }

    private static Span chip(String text) {
        Span c = new Span(text);
        c.addClassName("asset-chip");
        return c;
    }

    private void renderActions(AssetSummary s) {
        actions.removeAll();
        if (details.canManage()) {
            if (s.state() != AssetState.RETIRED) {
                actions.add(button("Edit details", VaadinIcon.EDIT, () -> new AssetDialog(collateral, campaigns,
                        details, saved -> reload()).open()));
            }
            if (s.state() == AssetState.DRAFT || s.state() == AssetState.IN_REVIEW
                    || s.state() == AssetState.CHANGES_REQUESTED || s.state() == AssetState.APPROVED) {
                actions.add(button("Add version", VaadinIcon.UPLOAD, () -> new VersionDialog(collateral, assetId,
                        this::reload).open()));
            }
            if (s.state() == AssetState.DRAFT || s.state() == AssetState.CHANGES_REQUESTED) {
                Button submit = button("Submit for review", VaadinIcon.PAPERPLANE, () -> new SubmitDialog(collateral,
                        people, details, this::reload).open());
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                submit.setEnabled(s.currentVersionNo() > 0);
                submit.setTooltipText(s.currentVersionNo() > 0 ? "Pick reviewers from both teams"
                        : "Add a file or a link first");
                actions.add(submit);
            }
            if (s.state() == AssetState.APPROVED) {
                Button publish = button("Publish", VaadinIcon.CHECK, () -> act(() -> collateral.publish(assetId),
                        "Published to the sales library"));
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                actions.add(publish);
            }
            if (s.state() == AssetState.PUBLISHED) {
                Button retire = button("Retire", VaadinIcon.ARCHIVE, () -> new ReasonDialog("Retire \"" + s.title()
                        + "\"?", "It leaves the sales library. Say why, so sales knows.", "Retire",
                        reason -> collateral.retire(assetId, reason), this::reload).open());
                retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(retire);
            }
        }
        if (details.canDecide()) {
            Button approve = button("Approve version " + s.currentVersionNo(), VaadinIcon.THUMBS_UP,
                    () -> new DecisionDialog(collateral, details, Decision.APPROVE, this::reload).open());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button changes = button("Request changes", VaadinIcon.COMMENT_ELLIPSIS_O,
                    () -> new DecisionDialog(collateral, details, Decision.REQUEST_CHANGES, this::reload).open());
            changes.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(approve, changes);
        }
        if (s.state() == AssetState.PUBLISHED) {
            Button used = button("I used this", VaadinIcon.HANDSHAKE, () -> new UseDialog(collateral, details,
                    this::reload).open());
            used.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(used);
        }
        actions.setVisible(actions.getComponentCount() > 0);
    }

    private static Button button(String text, VaadinIcon icon, Runnable action) {
        Button b = new Button(text, icon.create(), e -> action.run());
        b.addClassName("asset-action");
        return b;
    }

    private void act(Supplier<?> action, String done) {
        try {
            action.get();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException ex) {
            error(String.join(" ", ex.fieldErrors().values()));
        } catch (StaleEditException ex) {
            error(ex.getMessage());
        }
        reload();
    }

    private void renderPreview() {
        preview.removeAll();
        VersionInfo current = details.currentVersion();
        if (current == null) {
            preview.add(new EmptyState(VaadinIcon.UPLOAD, "No version yet",
                    details.canManage() ? "Add a file (" + FileCheck.ACCEPTED + ") or a link to start."
                            : "The owner has not added a file or a link yet."));
            return;
        }
        if (current.isLink()) {
            Anchor link = new Anchor(current.linkUrl(), current.linkUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            preview.add(new Paragraph(new Span("Version " + current.number() + " is a link: "), link));
        } else if (current.previewable()) {
            if (current.isImage()) {
                Image img = new Image(download(current.id(), true), current.fileName());
                img.addClassName("asset-preview-image");
                preview.add(img);
            } else {
                IFrame frame = new IFrame(download(current.id(), true));
                frame.addClassName("asset-preview-pdf");
                frame.getElement().setAttribute("title", "Preview of " + current.fileName());
                preview.add(frame);
            }
        } else {
            preview.add(new EmptyState(VaadinIcon.FILE_O, current.fileName(),
                    "This type has no preview in the browser; download it to look at it.",
                    new Anchor(download(current.id(), false), "Download " + current.fileName())));
        }
    }

    private DownloadHandler download(Long versionId, boolean inline) {
        var handler = DownloadHandler.fromInputStream(event -> {
            FileContent f = collateral.file(versionId);
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.contentType(),
                    f.bytes().length);
        });
        return inline ? handler.inline() : handler;
    }

    private void renderReviewers() {
        reviewersBox.removeAll();
        if (details.reviewers().isEmpty()) {
            reviewersBox.add(new Paragraph("Nobody yet: reviewers are picked when the asset is submitted."));
            return;
        }
        for (ReviewerInfo r : details.reviewers()) {
            Span decision = new Span(r.decision() == null ? "Waiting" : r.decision().label());
            decision.addClassNames("status-pill", r.decision() == null ? "decision-waiting"
                    : r.decision() == Decision.APPROVE ? "decision-approve" : "decision-changes");
            Div row = new Div(new Span(r.name()), new TeamBadge(r.team()), decision);
            row.addClassName("reviewer-row");
            reviewersBox.add(row);
        }
    }

    private void renderDecisions() {
        decisionsBox.removeAll();
        if (details.decisions().isEmpty()) {
            decisionsBox.add(new Paragraph("No decisions yet."));
            return;
        }
        for (DecisionInfo d : details.decisions()) {
            Div row = new Div(new Span(d.personName()), new TeamBadge(d.team()),
                    new Span(d.decision().label() + " version " + d.versionNo()),
                    new Span(TimeAgo.of(d.decidedAt())));
            row.addClassNames("decision-row", d.decision() == Decision.APPROVE ? "decision-approve"
                    : "decision-changes");
            if (d.comment() != null) {
                Paragraph comment = new Paragraph(d.comment());
                comment.addClassName("decision-comment");
                row.add(comment);
            }
            decisionsBox.add(row);
        }
    }

    private void renderVersions() {
        versionsBox.removeAll();
        for (VersionInfo v : details.versions()) {
            Component what = v.isLink() ? new Anchor(v.linkUrl(), v.linkUrl(), AnchorTarget.BLANK)
                    : new Anchor(download(v.id(), false), v.fileName());
            Span size = new Span(v.isLink() ? "link" : FileCheck.megabytes(v.sizeBytes()));
            Div row = new Div(new Span("Version " + v.number()), what, size,
                    new Span(v.uploadedBy() + ", " + TimeAgo.of(v.uploadedAt())));
            if (v.sha256() != null) {
                Span sum = new Span("SHA-256 " + v.sha256().substring(0, 12) + "…");
                sum.getElement().setAttribute("title", v.sha256());
                sum.addClassName("checksum");
                row.add(sum);
            }
            if (v.note() != null) {
                row.add(new Span("“" + v.note() + "”"));
            }
            row.addClassName("version-row");
            versionsBox.add(row);
        }
        if (details.versions().isEmpty()) {
            versionsBox.add(new Paragraph("No versions yet."));
        }
    }

    private void renderUsage(AssetSummary s) {
        usageBox.removeAll();
        Span counts = new Span("Used " + s.uses() + (s.uses() == 1 ? " time" : " times") + " · " + s.helpful()
                + " helpful · " + s.notHelpful() + " not helpful");
        counts.addClassName("usage-counts");
        usageBox.add(counts);
        for (UseInfo u : details.recentUses()) {
            String vote = u.helpful() == null ? "" : u.helpful() ? " · helpful" : " · not helpful";
            Div row = new Div(new Span(u.personName() + (u.reference() == null ? "" : " with " + u.reference())
                    + vote + (u.reason() == null ? "" : ": " + u.reason())), new Span(TimeAgo.of(u.usedAt())));
            row.addClassName("use-row");
            usageBox.add(row);
        }
    }

    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
