package io.tandem.collaboration;

/** Topic names, in one place. A topic is where people looking at the same thing meet. */
public final class Topics {

    /** Everyone signed in: the "who is online" avatars in the header. */
    public static final String ONLINE = "tandem/online";

    /** The people list, for admins. */
    public static final String PEOPLE = "people/list";

    private Topics() {
    }

    /** A person's in-app notifications. */
    public static String notifications(Long personId) {
        return "notifications/" + personId;
    }

    /** The topic of one item, e.g. {@code item("campaign", 42)} is {@code campaign/42}. */
    public static String item(String itemType, Object id) {
        return itemType + "/" + id;
    }
}
