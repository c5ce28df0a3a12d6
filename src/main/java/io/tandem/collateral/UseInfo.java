package io.tandem.collateral;

import java.time.Instant;

/** One recorded use of an asset. {@code helpful} is {@code null} when the person did not vote. */
public record UseInfo(Long id, String personName, String reference, Boolean helpful, String reason, Instant usedAt) {
}
