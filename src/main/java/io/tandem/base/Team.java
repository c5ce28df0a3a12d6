package io.tandem.base;

/**
 * The two teams Tandem aligns. Each has one colour, used for avatars, badges and field highlights everywhere
 * (the colour index maps to {@code --vaadin-user-color-N}, overridden in the app stylesheet).
 */
public enum Team {
    SALES("Sales", 0),
    MARKETING("Marketing", 1);

    private final String label;
    private final int colorIndex;

    Team(String label, int colorIndex) {
        this.label = label;
        this.colorIndex = colorIndex;
    }

    public String label() {
        return label;
    }

    /** Index into the Lumo user colours; the stylesheet sets 0 to the Sales and 1 to the Marketing colour. */
    public int colorIndex() {
        return colorIndex;
    }

    /** CSS class name carrying the team colour, e.g. {@code team-sales}. */
    public String cssClass() {
        return "team-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Team fromColorIndex(int index) {
        for (Team t : values()) {
            if (t.colorIndex == index) {
                return t;
            }
        }
        return null;
    }
}
