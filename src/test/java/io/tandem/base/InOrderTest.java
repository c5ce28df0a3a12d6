package io.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tasks given to one {@link InOrder} run one at a time and in order, on a pool of several threads. */
class InOrderTest {

    @Test
    void tasksRunOneAtATimeInTheOrderGivenAndAFailingOneDoesNotStopTheRest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            InOrder inOrder = new InOrder(pool);
            List<Integer> ran = new CopyOnWriteArrayList<>();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(200);
            for (int i = 0; i < 200; i++) {
                int n = i;
                inOrder.execute(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.onSpinWait();
                        ran.add(n);
                        if (n == 50) {
                            throw new IllegalStateException("one task fails");
                        }
                    } finally {
                        running.decrementAndGet();
                        done.countDown();
                    }
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
            assertThat(most.get()).as("tasks running at once").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
