package io.tandem.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

/** What every benchmark shares: percentiles and the JSON file under {@code target/bench/}. */
final class BenchReport {

    private BenchReport() {
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** Where the benchmarks write: {@code -Dtandem.bench.out}, {@code target/bench} unless told; made if missing. */
    static Path dir() throws java.io.IOException {
        return Files.createDirectories(Paths.get(System.getProperty("tandem.bench.out", "target/bench")));
    }

    static void write(String name, Map<String, Object> results) throws Exception {
        Path dir = dir();
        StringBuilder json = new StringBuilder("{\n  \"benchmark\": \"").append(name).append("\",\n  \"machine\": \"")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.version")).append("\"");
        results.forEach((k, v) -> json.append(",\n  \"").append(k).append("\": ").append(toJson(v)));
        json.append("\n}\n");
        Files.writeString(dir.resolve(name + ".json"), json);
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            ((Map<String, Object>) map).forEach((k, x) -> b.append(b.length() > 1 ? ", " : "").append('"').append(k)
                    .append("\": ").append(toJson(x)));
            return b.append('}').toString();
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        if (v instanceof String s) {
            return '"' + s.replace("\"", "\\\"") + '"';
        }
        return String.valueOf(v);
    }
}
