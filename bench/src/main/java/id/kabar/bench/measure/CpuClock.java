package id.kabar.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread. The benchmarks run on a machine shared with other work, where the wall
 * clock also counts the time spent waiting for a core; this thread's CPU time counts only its own work.
 */
public final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    public static long threadNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
