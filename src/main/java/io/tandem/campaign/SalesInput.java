package io.tandem.campaign;

import io.tandem.base.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "campaign_input")
class SalesInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InputKind kind;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_team", nullable = false, length = 16)
    private Team authorTeam;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_by_name", length = 120)
    private String answeredByName;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected SalesInput() {
    }

    SalesInput(Long campaignId, InputKind kind, String text, Long authorId, String authorName, Team authorTeam,
            Instant createdAt) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorTeam = authorTeam;
        this.createdAt = createdAt;
    }

    InputEntry toRecord() {
        return new InputEntry(id, campaignId, kind, text, authorId, authorName, authorTeam, createdAt, answer,
                answeredByName, answeredAt, version);
    }

    void answer(String text, String byName, Instant at) {
        this.answer = text;
        this.answeredByName = byName;
        this.answeredAt = at;
    }

    Long getCampaignId() {
        return campaignId;
    }

    Long getAuthorId() {
        return authorId;
    }

    InputKind getKind() {
        return kind;
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    long getVersion() {
        return version;
    }

    String getText() {
        return text;
    }
}
