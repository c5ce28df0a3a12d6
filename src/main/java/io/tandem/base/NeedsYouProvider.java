package io.tandem.base;

import java.util.List;

/**
 * Implemented by each feature (as a Spring bean) to tell the home view what waits for a person. Called with
 * that person signed in; implementations check permissions like any service method.
 */
public interface NeedsYouProvider {

    List<NeedsYou> needsYou(SignedInUser person);

    /** The live-update topics whose notices may change this provider's answer for {@code person}. */
    List<String> topics(SignedInUser person);
}
