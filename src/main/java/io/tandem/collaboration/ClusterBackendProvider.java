package io.tandem.collaboration;

import com.vaadin.collaborationengine.Backend;

/** Supplies the engine's backend when the app runs as a cluster; absent on a single node. */
@FunctionalInterface
interface ClusterBackendProvider {

    Backend create();
}
