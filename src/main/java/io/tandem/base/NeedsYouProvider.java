package io.tandem.base;

import java.util.List;

/**
 * Implemented by each feature (as a Spring bean) to tell the home view what waits for a person. Called with
 * that person signed in; implementations check permissions like any service method.
 */
public interface NeedsYouProvider {

    /**
     * What waits for {@code person}. {@code noticeId} is the live notice home reads it again for, or {@code null}:
     * a provider whose reads are the same for everyone shares them between the home pages refreshing for the same
     * notice (see {@code SharedReads}).
     */
    List<NeedsYou> needsYou(SignedInUser person, String noticeId);

    /**
     * The live-update topics whose notices may change this provider's answer for {@code person}; none when nothing
     * on them can ever concern this person (home then does not listen, and does no work for them).
     */
    List<String> topics(SignedInUser person);
}
