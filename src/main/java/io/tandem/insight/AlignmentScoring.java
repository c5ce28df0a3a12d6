package io.tandem.insight;

import java.util.List;

/**
 * The alignment check: ten statements rated 1 (strongly disagree) to 5 (strongly agree), two for each of five
 * dimensions, scored into the three stages of sales–marketing alignment. Pure: no database.
 */
public final class AlignmentScoring {

    /** The five dimensions the statements cover. */
    public enum Dimension {
        COMMUNICATION("Communication"), SHARED_GOALS("Shared goals"), PROCESSES("Agreed processes"),
        FEEDBACK("Feedback"), TRUST("Trust");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a score puts a person or team. */
    public enum Stage {
        SILO("Silo", "The teams work side by side, not together: little contact, separate goals."),
        PROCESS("Process", "Agreed processes and definitions exist; the teams follow them but still think in two camps."),
        COLLABORATION("Collaboration", "Shared goals, open feedback and trust: the teams plan and decide together.");

        private final String label;
        private final String meaning;

        Stage(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String label() {
            return label;
        }

        public String meaning() {
            return meaning;
        }
    }

    public record Statement(int number, Dimension dimension, String text) {
    }

    public static final List<Statement> STATEMENTS = List.of(
            new Statement(1, Dimension.COMMUNICATION, "Sales and marketing talk to each other every week, not only when something goes wrong."),
            new Statement(2, Dimension.COMMUNICATION, "I know what the other team is working on this month."),
            new Statement(3, Dimension.SHARED_GOALS, "Both teams work towards the same revenue goals."),
            new Statement(4, Dimension.SHARED_GOALS, "I know the targets our two teams agreed together."),
            new Statement(5, Dimension.PROCESSES, "We have a written, agreed definition of a qualified lead."),
            new Statement(6, Dimension.PROCESSES, "It is clear who does what when a lead is handed over."),
            new Statement(7, Dimension.FEEDBACK, "Sales tells marketing which leads and content worked, and why."),
            new Statement(8, Dimension.FEEDBACK, "When the other team gives us feedback, we change what we do."),
            new Statement(9, Dimension.TRUST, "I trust the other team to do what it promised."),
            new Statement(10, Dimension.TRUST, "I would invite the other team into my planning early."));

    /** A score below this is the silo stage. */
    public static final double PROCESS_FROM = 2.5;
    /** A score from this on is the collaboration stage. */
    public static final double COLLABORATION_FROM = 3.75;

    private AlignmentScoring() {
    }

    /** The rule for a set of answers, in words, or {@code null} when they are complete and valid. */
    public static String error(List<Integer> ratings) {
        if (ratings == null || ratings.size() != STATEMENTS.size() || ratings.stream().anyMatch(r -> r == null)) {
            return "Rate all " + STATEMENTS.size() + " statements";
        }
        if (ratings.stream().anyMatch(r -> r < 1 || r > 5)) {
            return "Each rating is from 1 (strongly disagree) to 5 (strongly agree)";
        }
        return null;
    }

    /** The average rating, 1 to 5. */
    public static double score(List<Integer> ratings) {
        String error = error(ratings);
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    public static Stage stage(double score) {
        if (score < PROCESS_FROM) {
            return Stage.SILO;
        }
        return score < COLLABORATION_FROM ? Stage.PROCESS : Stage.COLLABORATION;
    }

    /** The average of one dimension's two statements. */
    public static double dimension(List<Integer> ratings, Dimension dimension) {
        return STATEMENTS.stream().filter(s -> s.dimension() == dimension)
                .mapToInt(s -> ratings.get(s.number() - 1)).average().orElseThrow();
    }
}
