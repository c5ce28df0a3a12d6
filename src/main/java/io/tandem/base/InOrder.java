package io.tandem.base;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs its tasks one at a time, in the order they were given, on a shared executor's threads: work that must keep
 * its order (the values one person types into a form) without a thread of its own.
 */
public final class InOrder implements Executor {

    private final Executor threads;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private Runnable running;

    public InOrder(Executor threads) {
        this.threads = threads;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                next();
            }
        });
        if (running == null) {
            next();
        }
    }

    private synchronized void next() {
        running = tasks.poll();
        if (running != null) {
            threads.execute(running);
        }
    }
}
