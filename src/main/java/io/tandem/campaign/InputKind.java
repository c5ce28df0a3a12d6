package io.tandem.campaign;

/** What sales brings into a plan, and marketing's questions to sales. */
public enum InputKind {
    OBJECTION("Objection", "What customers object to"),
    PAIN("Customer pain", "What customers struggle with"),
    NEED("Would help me sell", "What would help sales sell this"),
    COMPETITOR("Competitor note", "What competitors say or do"),
    QUESTION("Question for sales", "Marketing asks, sales answers");

    private final String label;
    private final String hint;

    InputKind(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
