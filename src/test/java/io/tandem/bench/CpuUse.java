package io.tandem.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went while a benchmark made its changes, read from Linux's {@code /proc}: the Chromium
 * processes (renderers, GPU and browser process), this JVM (the server under test and the Playwright client) and
 * MariaDB, and how busy all cores were. With N pages on the machine's two cores, this says how much of a delay is
 * the browsers' turn on the CPU rather than the server. Off Linux it reports nothing.
 */
final class CpuUse {

    /** Chromium's kind of process in its command line ({@code /proc/<pid>/cmdline} separates arguments by NUL). */
    private static final Pattern TYPE = Pattern.compile("--type=([a-z-]+)");

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on Linux. */
    private static final double TICKS = 100.0;

    private final Map<String, Double> browsers;
    private final Map<String, Double> database;
    private final double jvm;
    private final long[] machine;
    private final long started = System.nanoTime();

    private CpuUse() {
        browsers = cpuOf("chrom");
        database = cpuOf("mariadbd");
        jvm = jvmCpu();
        machine = machine();
    }

    static CpuUse start() {
        return new CpuUse();
    }

    /**
     * The CPU seconds each used since {@link #start}, the browsers' CPU per change and page, and the share of all
     * cores that was busy; empty when {@code /proc} cannot be read.
     */
    Map<String, Object> since(int changes, int pages) {
        Map<String, Object> use = new LinkedHashMap<>();
        long[] now = machine();
        if (machine.length == 0 || now.length == 0) {
            return use;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Double> browsersNow = cpuOf("chrom");
        double browserSeconds = used(browsers, browsersNow);
        use.put("elapsed_s", elapsed);
        use.put("browsers_cpu_s", browserSeconds);
        use.put("browsers_ms_per_change_and_page", browserSeconds * 1000 / changes / pages);
        use.put("browsers_ms_per_change_and_page_by_process", byProcess(browsers, browsersNow, changes * pages));
        use.put("jvm_cpu_s", jvmCpu() - jvm);
        use.put("mariadb_cpu_s", used(database, cpuOf("mariadbd")));
        double busy = now[0] - machine[0];
        double all = busy + now[1] - machine[1];
        use.put("machine_busy_pct", all == 0 ? 0.0 : 100 * busy / all);
        use.put("cores", (double) Runtime.getRuntime().availableProcessors());
        return use;
    }

    /** CPU seconds used between two readings, a process that started meanwhile from zero. */
    private static double used(Map<String, Double> before, Map<String, Double> after) {
        return after.entrySet().stream().mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0)).sum();
    }

    /**
     * Milliseconds per change and page by kind of Chromium process: its renderers (one per page: the pages' script,
     * style, layout, paint and raster), the GPU process (it composites every page's frames, in software here) and the
     * browser process and its helpers.
     */
    private static Map<String, Double> byProcess(Map<String, Double> before, Map<String, Double> after, int per) {
        Map<String, Double> ms = new TreeMap<>();
        after.forEach((process, seconds) -> ms.merge(process.substring(0, process.indexOf(' ')),
                (seconds - before.getOrDefault(process, 0.0)) * 1000 / per, Double::sum));
        ms.replaceAll((kind, value) -> Math.round(value * 10) / 10.0);
        return ms;
    }

    /**
     * CPU seconds so far of every process whose command line contains {@code name}, by its kind (Chromium's
     * {@code --type}, else "main") and pid.
     */
    private static Map<String, Double> cpuOf(String name) {
        Map<String, Double> cpu = new HashMap<>();
        String self = String.valueOf(ProcessHandle.current().pid());
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)
                    && !p.getFileName().toString().equals(self)).forEach(p -> {
                try {
                    String command = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (command.contains(name)) {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        Matcher type = TYPE.matcher(command);
                        cpu.put((type.find() ? type.group(1) : "main") + " " + p.getFileName(),
                                (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read: it no longer counts
                }
            });
        } catch (IOException noProc) {
            return Map.of();
        }
        return cpu;
    }

    private static double jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Busy and idle ticks of all cores so far ({@code /proc/stat}), or nothing off Linux. */
    private static long[] machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long busy = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                busy += Long.parseLong(f[i]);
            }
            return new long[] {busy - idle, idle};
        } catch (IOException | RuntimeException noProc) {
            return new long[0];
        }
    }
}
