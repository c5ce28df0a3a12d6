package io.tandem.campaign;

import java.util.List;

/**
 * The outcome of saving one brief field.
 *
 * @param changed           whether the stored value changed
 * @param clearedSignatures names of the people whose signatures this change cleared
 */
public record BriefSaved(boolean changed, List<String> clearedSignatures) {
}
