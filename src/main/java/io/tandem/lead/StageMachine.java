package io.tandem.lead;

import io.tandem.base.Team;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed moves between lead stages and which team makes each one. Pure: no database, no security.
 * <pre>
 * NEW → MQL (hand over), NEW → NURTURE                      Marketing
 * MQL → ACCEPTED | LOST (reject) | NURTURE (recycle)        Sales
 * ACCEPTED → WORKING | LOST | NURTURE                       Sales
 * WORKING → WON | LOST | NURTURE                            Sales
 * NURTURE → MQL (hand over again), LOST → NURTURE           Marketing
 * WON is final.
 * </pre>
 */
public final class StageMachine {

    private static final Map<LeadStage, Set<LeadStage>> MOVES = Map.of(
            LeadStage.NEW, EnumSet.of(LeadStage.MQL, LeadStage.NURTURE),
            LeadStage.MQL, EnumSet.of(LeadStage.ACCEPTED, LeadStage.LOST, LeadStage.NURTURE),
            LeadStage.ACCEPTED, EnumSet.of(LeadStage.WORKING, LeadStage.LOST, LeadStage.NURTURE),
            LeadStage.WORKING, EnumSet.of(LeadStage.WON, LeadStage.LOST, LeadStage.NURTURE),
            LeadStage.WON, EnumSet.noneOf(LeadStage.class),
            LeadStage.LOST, EnumSet.of(LeadStage.NURTURE),
            LeadStage.NURTURE, EnumSet.of(LeadStage.MQL));

    private StageMachine() {
    }

    public static boolean allowed(LeadStage from, LeadStage to) {
        return MOVES.get(from).contains(to);
    }

    public static Set<LeadStage> targets(LeadStage from) {
        return EnumSet.copyOf(MOVES.get(from).isEmpty() ? EnumSet.noneOf(LeadStage.class) : MOVES.get(from));
    }

    /** The team that makes a move: sales decides on leads it has been handed; marketing owns the rest. */
    public static Team teamFor(LeadStage from, LeadStage to) {
        return switch (from) {
            case MQL, ACCEPTED, WORKING -> Team.SALES;
            default -> Team.MARKETING;
        };
    }

    /** Why a move is refused, in the words shown to the person, or empty when it is allowed for {@code team}. */
    public static Optional<String> refusal(LeadStage from, LeadStage to, Team team, boolean admin) {
        if (from == to) {
            return Optional.of("The lead is already in " + to.label());
        }
        if (!allowed(from, to)) {
            if (from == LeadStage.WON) {
                return Optional.of("A won lead stays won");
            }
            return Optional.of("A lead cannot move from " + from.label() + " to " + to.label()
                    + (targets(from).isEmpty() ? "" : "; it can go to " + String.join(", ",
                            targets(from).stream().map(LeadStage::label).toList())));
        }
        Team needed = teamFor(from, to);
        if (!admin && team != needed) {
            return Optional.of("Only " + needed.label() + " may move a lead from " + from.label() + " to "
                    + to.label());
        }
        return Optional.empty();
    }
}
