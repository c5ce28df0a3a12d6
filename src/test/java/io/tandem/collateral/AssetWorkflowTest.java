package io.tandem.collateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.base.ValidationException;
import io.tandem.collateral.AssetWorkflow.Step;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssetWorkflowTest {

    /** The whole machine, written out: which step from which state leads where. Everything else is forbidden. */
    private static final Map<AssetState, Map<Step, AssetState>> EXPECTED = Map.of(
            AssetState.DRAFT, Map.of(Step.SUBMIT, AssetState.IN_REVIEW),
            AssetState.IN_REVIEW, Map.of(Step.APPROVE, AssetState.APPROVED,
                    Step.REQUEST_CHANGES, AssetState.CHANGES_REQUESTED),
            AssetState.CHANGES_REQUESTED, Map.of(Step.SUBMIT, AssetState.IN_REVIEW),
            AssetState.APPROVED, Map.of(Step.PUBLISH, AssetState.PUBLISHED,
                    Step.REOPEN_FOR_NEW_VERSION, AssetState.IN_REVIEW),
            AssetState.PUBLISHED, Map.of(Step.RETIRE, AssetState.RETIRED),
            AssetState.RETIRED, Map.of());

    @ParameterizedTest
    @EnumSource(AssetState.class)
    void everyStepFromEveryStateIsAllowedOrRefusedAsSpecified(AssetState from) {
        for (Step step : Step.values()) {
            AssetState expected = EXPECTED.get(from).get(step);
            if (expected != null) {
                assertThat(AssetWorkflow.next(from, step)).as(from + " --" + step + "-->").isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> AssetWorkflow.next(from, step)).as(from + " --" + step + "--> refused")
                        .isInstanceOf(ValidationException.class)
                        .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("state"));
            }
        }
    }

    @Test
    void allowedPairsAreExactlyTheDocumentedOnes() {
        Map<AssetState, Set<AssetState>> allowed = Map.of(
                AssetState.DRAFT, EnumSet.of(AssetState.IN_REVIEW),
                AssetState.IN_REVIEW, EnumSet.of(AssetState.CHANGES_REQUESTED, AssetState.APPROVED),
                AssetState.CHANGES_REQUESTED, EnumSet.of(AssetState.IN_REVIEW),
                AssetState.APPROVED, EnumSet.of(AssetState.PUBLISHED, AssetState.IN_REVIEW),
                AssetState.PUBLISHED, EnumSet.of(AssetState.RETIRED),
                AssetState.RETIRED, EnumSet.noneOf(AssetState.class));
        for (AssetState from : AssetState.values()) {
            for (AssetState to : AssetState.values()) {
                assertThat(AssetWorkflow.allowed(from, to)).as(from + " -> " + to)
                        .isEqualTo(allowed.get(from).contains(to));
            }
        }
    }

    @Test
    void refusalsSayWhatTheAssetIs() {
        assertThatThrownBy(() -> AssetWorkflow.next(AssetState.IN_REVIEW, Step.PUBLISH))
                .hasMessage("Only an approved asset can be published; this one is in review");
        assertThatThrownBy(() -> AssetWorkflow.next(AssetState.DRAFT, Step.RETIRE))
                .hasMessage("Only a published asset can be retired; this one is draft");
    }
}
