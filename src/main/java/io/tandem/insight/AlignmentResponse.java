package io.tandem.insight;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One person's alignment check for one month (taking it again in the same month replaces the answers). */
@Entity
@Table(name = "alignment_response")
class AlignmentResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "person_id", nullable = false)
    private Long personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Team team;
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;
    @Column(nullable = false, length = 40)
    private String ratings;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlignmentScoring.Stage stage;
    @Version
    private long version;

    protected AlignmentResponse() {
    }

    AlignmentResponse(Long personId, Team team, LocalDate monthStart) {
        this.personId = personId;
        this.team = team;
        this.monthStart = monthStart;
    }

    void answer(List<Integer> answers, Team currentTeam, Instant now) {
        double s = AlignmentScoring.score(answers);
        this.team = currentTeam;
        this.ratings = String.join(",", answers.stream().map(String::valueOf).toList());
        this.score = BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP);
        this.stage = AlignmentScoring.stage(s);
        this.takenAt = now;
    }

    List<Integer> ratings() {
        List<Integer> list = new ArrayList<>();
        for (String r : ratings.split(",")) {
            list.add(Integer.parseInt(r));
        }
        return list;
    }

    Instant getTakenAt() { return takenAt; }
    BigDecimal getScore() { return score; }
    AlignmentScoring.Stage getStage() { return stage; }
    LocalDate getMonthStart() { return monthStart; }
}
