/**
 * The application shell: the main layout (navigation, header with presence and the signed-in person) and the
 * home view that gathers what needs each person from every feature. It sits on top of the features, so it
 * may depend on all of them and none depends on it.
 */
package io.tandem.shell;
