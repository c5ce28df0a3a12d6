/**
 * Shared value types, the embedded database and small UI building blocks every feature uses. An open module:
 * its sub-packages ({@code ui}, {@code db}) are usable by every feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.tandem.base;
