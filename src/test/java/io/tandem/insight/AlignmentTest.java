package io.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.insight.AlignmentScoring.Dimension;
import io.tandem.insight.AlignmentScoring.Stage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring of the alignment check: averages, stage boundaries, dimensions, incomplete answers. */
class AlignmentTest {

    @Test
    void stagesByAverage() {
        assertThat(AlignmentScoring.STATEMENTS).hasSize(10);
        assertThat(AlignmentScoring.score(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))).isEqualTo(1.0);
        assertThat(AlignmentScoring.stage(1.0)).isEqualTo(Stage.SILO);
        assertThat(AlignmentScoring.stage(2.49)).isEqualTo(Stage.SILO);
        assertThat(AlignmentScoring.stage(2.5)).isEqualTo(Stage.PROCESS);
        assertThat(AlignmentScoring.stage(3.74)).isEqualTo(Stage.PROCESS);
        assertThat(AlignmentScoring.stage(3.75)).isEqualTo(Stage.COLLABORATION);
        assertThat(AlignmentScoring.score(List.of(5, 4, 3, 2, 1, 5, 4, 3, 2, 1))).isEqualTo(3.0);
    }

    @Test
    void dimensionsAverageTheirTwoStatements() {
        List<Integer> r = List.of(5, 3, 1, 1, 4, 4, 2, 3, 5, 5);
        assertThat(AlignmentScoring.dimension(r, Dimension.COMMUNICATION)).isEqualTo(4.0);
        assertThat(AlignmentScoring.dimension(r, Dimension.SHARED_GOALS)).isEqualTo(1.0);
        assertThat(AlignmentScoring.dimension(r, Dimension.FEEDBACK)).isEqualTo(2.5);
        assertThat(AlignmentScoring.dimension(r, Dimension.TRUST)).isEqualTo(5.0);
        for (Dimension d : Dimension.values()) {
            assertThat(AlignmentScoring.STATEMENTS).filteredOn(s -> s.dimension() == d).hasSize(2);
        }
    }

    @Test
    void incompleteOrOutOfRangeAnswersAreRefused() {
        assertThat(AlignmentScoring.error(List.of(3, 3, 3))).isEqualTo("Rate all 10 statements");
        assertThat(AlignmentScoring.error(Arrays.asList(3, 3, 3, 3, 3, 3, 3, 3, 3, null))).isEqualTo("Rate all 10 statements");
        assertThat(AlignmentScoring.error(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 6))).contains("from 1");
        assertThat(AlignmentScoring.error(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).isNull();
        assertThatThrownBy(() -> AlignmentScoring.score(List.of(0, 3, 3, 3, 3, 3, 3, 3, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
