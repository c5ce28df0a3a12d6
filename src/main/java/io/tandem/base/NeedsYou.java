package io.tandem.base;

import java.time.Instant;

/**
 * One thing waiting for a person, shown on their home view: a review to give, a question from the other team,
 * a plan to sign.
 *
 * @param kind   a short label of what it is, e.g. "Question from marketing"
 * @param title  what it is about
 * @param link   the route to open it, e.g. {@code campaigns/42}
 * @param due    when it is due, or {@code null}
 * @param overdue whether it is late
 */
public record NeedsYou(String kind, String title, String link, Instant due, boolean overdue) {
}
