package io.tandem.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A burst of live notices gives one refresh; a notice after it ran gives another. */
class DebouncerTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aBurstIsOneRunAndALaterNoticeAnother() {
        AtomicInteger runs = new AtomicInteger();
        Debouncer debouncer = new Debouncer(scheduler, Duration.ofSeconds(2), runs::incrementAndGet);
        assertThat(debouncer.trigger()).isTrue();
        for (int i = 0; i < 50; i++) {
            assertThat(debouncer.trigger()).isFalse();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        assertThat(debouncer.trigger()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        assertThat(runs.get()).isEqualTo(2);
    }
}
