/**
 * Real-time plumbing, and the only package that imports {@code com.vaadin.collaborationengine}: topic names,
 * user info of the signed-in person, presence, live "X changed" notices between views, and message
 * persistence for discussions. The rest of the app talks to this package's API, so the engine's backend can
 * change (a cluster backend, Vaadin signals) in one place.
 */
package io.tandem.collaboration;
