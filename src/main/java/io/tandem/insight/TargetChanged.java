package io.tandem.insight;

import io.tandem.base.DomainActivity;

/** A target was proposed, agreed or withdrawn; recorded in the activity trail. */
record TargetChanged(Long actorId, String actorName, Long targetId, String action, String summary)
        implements DomainActivity {

    @Override
    public String itemType() {
        return "target";
    }

    @Override
    public String itemId() {
        return String.valueOf(targetId);
    }
}
