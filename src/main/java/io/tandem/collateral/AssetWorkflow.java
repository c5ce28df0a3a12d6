package io.tandem.collateral;

import io.tandem.base.ValidationException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The sign-off state machine, pure and side-effect free:
 * <pre>
 * DRAFT → IN_REVIEW → CHANGES_REQUESTED ⇄ IN_REVIEW → APPROVED → PUBLISHED → RETIRED
 * </pre>
 * plus APPROVED → IN_REVIEW when a new version is uploaded to an approved asset (its approvals are reset, so
 * it must be reviewed again). Nothing else is allowed; RETIRED is final.
 */
public final class AssetWorkflow {

    /** What someone does to an asset, each moving it from some states to one state. */
    public enum Step {
        SUBMIT, REQUEST_CHANGES, APPROVE, REOPEN_FOR_NEW_VERSION, PUBLISH, RETIRE
    }

    private static final Map<AssetState, Set<AssetState>> ALLOWED = new EnumMap<>(AssetState.class);

    static {
        ALLOWED.put(AssetState.DRAFT, EnumSet.of(AssetState.IN_REVIEW));
        ALLOWED.put(AssetState.IN_REVIEW, EnumSet.of(AssetState.CHANGES_REQUESTED, AssetState.APPROVED));
        ALLOWED.put(AssetState.CHANGES_REQUESTED, EnumSet.of(AssetState.IN_REVIEW));
        ALLOWED.put(AssetState.APPROVED, EnumSet.of(AssetState.PUBLISHED, AssetState.IN_REVIEW));
        ALLOWED.put(AssetState.PUBLISHED, EnumSet.of(AssetState.RETIRED));
        ALLOWED.put(AssetState.RETIRED, EnumSet.noneOf(AssetState.class));
    }

    private AssetWorkflow() {
    }

    public static boolean allowed(AssetState from, AssetState to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The state {@code step} leads to from {@code from}; refuses a step that is not allowed there. */
    public static AssetState next(AssetState from, Step step) {
        AssetState to = switch (step) {
            case SUBMIT, REOPEN_FOR_NEW_VERSION -> AssetState.IN_REVIEW;
            case REQUEST_CHANGES -> AssetState.CHANGES_REQUESTED;
            case APPROVE -> AssetState.APPROVED;
            case PUBLISH -> AssetState.PUBLISHED;
            case RETIRE -> AssetState.RETIRED;
        };
        boolean fits = switch (step) {
            case SUBMIT -> from == AssetState.DRAFT || from == AssetState.CHANGES_REQUESTED;
            case REOPEN_FOR_NEW_VERSION -> from == AssetState.APPROVED;
            case REQUEST_CHANGES, APPROVE -> from == AssetState.IN_REVIEW;
            case PUBLISH -> from == AssetState.APPROVED;
            case RETIRE -> from == AssetState.PUBLISHED;
        };
        if (!fits || !allowed(from, to)) {
            throw ValidationException.of("state", message(from, step));
        }
        return to;
    }

    private static String message(AssetState from, Step step) {
        return switch (step) {
            case SUBMIT -> "Only a draft or an asset with changes requested can be submitted for review; this one is "
                    + from.label().toLowerCase(java.util.Locale.ROOT);
            case REQUEST_CHANGES, APPROVE -> "Decisions are taken while the asset is in review; it is "
                    + from.label().toLowerCase(java.util.Locale.ROOT);
            case PUBLISH -> "Only an approved asset can be published; this one is "
                    + from.label().toLowerCase(java.util.Locale.ROOT);
            case RETIRE -> "Only a published asset can be retired; this one is "
                    + from.label().toLowerCase(java.util.Locale.ROOT);
            case REOPEN_FOR_NEW_VERSION -> "A new version cannot reopen an asset that is "
                    + from.label().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
