package org.jixiao.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.jixiao.light.Light;
import org.jixiao.metrics.MetricsSnapshot;
import org.jixiao.metrics.MetricsSnapshotRows.OpenMilestone;
import org.jixiao.metrics.MetricsSnapshotRows.Project;
import org.jixiao.metrics.MetricsSnapshotRows.StateCount;
import org.jixiao.metrics.MetricsSnapshotRows;

/**
 * What a Prometheus scrape of the service's project gauges costs with 10,000 projects, next to what the Prometheus
 * Java client library alone (the one Micrometer writes through) takes to write a registry of the same series.
 *
 * <p>The Micrometer side is the service's own code: {@link MetricsSnapshot#publish} (through the test seam
 * {@link MetricsSnapshotRows}) registers the same {@code MultiGauge}s with the same tags on a
 * {@link PrometheusMeterRegistry}, from rows made in memory instead of read from PostgreSQL; a scrape is
 * {@link PrometheusMeterRegistry#scrape()}. The baseline copies every series the Micrometer registry holds (Prometheus
 * name, help, label names and values, value) into a plain client {@link PrometheusRegistry} of labelled
 * {@code io.prometheus.metrics.core.metrics.Gauge}s and writes it the way Micrometer does ({@code ExpositionFormats}'
 * text writer into a byte buffer, then a UTF-8 string); the two outputs must be byte-identical or the run fails.
 * The client's callback gauges are timed too, as context.
 *
 * <p>Allocation: bytes allocated by the scraping thread ({@code com.sun.management.ThreadMXBean}) around each scrape,
 * first vs last, and the heap after a full GC before and after the timed scrapes.
 *
 * <p>Not a test. Run it with {@code ./mvnw -q spring-boot:test-run
 * -Dspring-boot.run.main-class=org.jixiao.benchmark.ScrapeBenchmark -Dspring-boot.test-run.optimizedLaunch=false};
 * options in {@code -Dspring-boot.run.arguments="..."}: {@code --projects=N} (default 10000, must exceed the
 * per-indicator limit), {@code --warm-ups=N} (default 30), {@code --scrapes=N} (default 30).
 */
public final class ScrapeBenchmark {

    /** The service's default {@code jixiao.metrics.per-indicator-max-projects}. */
    private static final int PER_INDICATOR_MAX_PROJECTS = 1000;
    private static final int FISCAL_YEAR = 2025;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 10);
    private static final int DUE_SOON_DAYS = 30;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The three deadline indicators of a project, and so the titles of its three milestones. */
    private static final String[] MILESTONE_TITLES = {"系统上线时间", "项目验收时间", "尾款支付时间"};

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int projects = BenchmarkSupport.intOption(args, "projects", 10_000);
        int warmUps = BenchmarkSupport.intOption(args, "warm-ups", 30);
        int scrapes = BenchmarkSupport.intOption(args, "scrapes", 30);
        THREADS.setThreadAllocatedMemoryEnabled(true);
        System.out.printf("[build] Java %s, %d cores, max heap %,d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long started = System.nanoTime();
        Data data = data(projects);
        System.out.printf("[build] %,d projects, %,d milestones (%,d open) in memory in %.0f ms%n", projects,
                projects * MILESTONE_TITLES.length, data.open().size(), millis(System.nanoTime() - started));

        started = System.nanoTime();
        PrometheusMeterRegistry micrometer = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MetricsSnapshot snapshot = MetricsSnapshotRows.publish(micrometer, PER_INDICATOR_MAX_PROJECTS,
                Clock.fixed(AS_OF.atTime(9, 0).atZone(ZONE).toInstant(), ZONE), data.projects(), data.counts(),
                data.open(), data.scores());
        System.out.printf("[build] Micrometer: MetricsSnapshot.publish registered %,d meters in %.0f ms%n",
                micrometer.getMeters().size(), millis(System.nanoTime() - started));

        started = System.nanoTime();
        Baseline baseline = baseline(micrometer);
        System.out.printf("[build] client: %,d series in %d labelled Gauges (and as many callback gauges) in %.0f ms%n",
                baseline.series(), baseline.metrics(), millis(System.nanoTime() - started));

        // Micrometer holds a gauge's object weakly unless told otherwise: a GC before the first scrape shows NaNs.
        System.gc();
        String micrometerText = micrometer.scrape();
        String clientText = write(baseline.gauges());
        String callbackText = write(baseline.callbacks());
        if (!micrometerText.equals(clientText) || !micrometerText.equals(callbackText)) {
            throw new IllegalStateException("The client baseline does not write what Micrometer writes:\n"
                    + firstDifference(micrometerText, clientText) + "\n" + firstDifference(micrometerText,
                    callbackText));
        }
        if (micrometerText.contains(" NaN\n")) {
            throw new IllegalStateException("A gauge reads NaN after a GC");
        }
        Map<String, Long> seriesByName = seriesByName(micrometerText);
        long series = seriesByName.values().stream().mapToLong(Long::longValue).sum();
        int bytes = micrometerText.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("[check] outputs byte-identical: %,d series, %,d bytes (%.1f MB), %s%n", series, bytes,
                bytes / 1e6, seriesByName);

        List<Side> sides = List.of(new Side("Micrometer  PrometheusMeterRegistry.scrape()", micrometer::scrape),
                new Side("client      Gauge.labelValues().set(), same writer", () -> write(baseline.gauges())),
                new Side("client      GaugeWithCallback, same writer", () -> write(baseline.callbacks())));
        System.out.printf("[run] %d warm-up scrapes of each, interleaved%n", warmUps);
        for (int i = 0; i < warmUps; i++) {
            sides.forEach(side -> side.scrape(false));
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedHeapAfterGc(memory);
        System.out.printf("[run] %d timed scrapes of each, interleaved; heap after GC %,.1f MB%n", scrapes,
                heapBefore / 1e6);
        for (int i = 0; i < scrapes; i++) {
            sides.forEach(side -> side.scrape(true));
            if ((i + 1) % 10 == 0) {
                System.out.printf("[run] %d/%d: last Micrometer %.1f ms, client %.1f ms%n", i + 1, scrapes,
                        millis(sides.get(0).times.getLast()), millis(sides.get(1).times.getLast()));
            }
        }
        long heapAfter = usedHeapAfterGc(memory);
        print(sides, series, bytes, warmUps, scrapes, heapBefore, heapAfter);
        // Keep the snapshot (as the application context keeps the bean) and the baseline reachable to the end.
        if (snapshot.hashCode() == baseline.hashCode()) {
            System.out.println();
        }
    }

    private static void print(List<Side> sides, long series, int bytes, int warmUps, int scrapes, long heapBefore,
            long heapAfter) {
        Side micrometer = sides.get(0);
        Side client = sides.get(1);
        System.out.println();
        System.out.printf("Scrape of %,d series (%,d bytes of text), %d timed scrapes each after %d warm-ups, "
                + "interleaved (times in ms, allocation in MB per scrape)%n", series, bytes, scrapes, warmUps);
        String format = "%-52s | %7s %7s %7s | %9s | %7s %7s %7s | %10s%n";
        System.out.printf(format, "side", "median", "p90", "min", "ratio med", "alloc 1", "alloc N", "alloc med",
                "alloc/size");
        System.out.println("-".repeat(126));
        for (Side side : sides) {
            double allocMedian = median(side.allocated);
            System.out.printf(format, side.name, fixed(median(side.times) / 1e6), fixed(p90(side.times) / 1e6),
                    fixed(min(side.times) / 1e6), String.format("%.2f", median(side.times) / median(client.times)),
                    fixed(side.allocated.getFirst() / 1e6), fixed(side.allocated.getLast() / 1e6),
                    fixed(allocMedian / 1e6), String.format("%.1f×", allocMedian / bytes));
        }
        System.out.println();
        System.out.printf("Ratio Micrometer / client (median): %.2f (min/min %.2f). Target: <= 1.5.%n",
                median(micrometer.times) / median(client.times), min(micrometer.times) / min(client.times));
        for (Side side : sides) {
            int half = side.allocated.size() / 2;
            System.out.printf("Allocation per scrape, %s: first half median %.1f MB, second half %.1f MB, "
                    + "max %.1f MB%n", side.name.replaceAll("\\s+", " "),
                    median(side.allocated.subList(0, half)) / 1e6,
                    median(side.allocated.subList(half, side.allocated.size())) / 1e6,
                    side.allocated.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6);
        }
        System.out.printf("Heap after a full GC: %.1f MB before the timed scrapes, %.1f MB after (all sides "
                + "registered).%n", heapBefore / 1e6, heapAfter / 1e6);
    }

    /** One way of scraping, with its times and allocations. */
    private static final class Side {

        final String name;
        final Supplier<String> scrape;
        final List<Long> times = new ArrayList<>();
        final List<Long> allocated = new ArrayList<>();
        long sink;

        Side(String name, Supplier<String> scrape) {
            this.name = name;
            this.scrape = scrape;
        }

        void scrape(boolean record) {
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            String text = scrape.get();
            long elapsed = System.nanoTime() - started;
            long allocatedBytes = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            sink += text.length();
            if (record) {
                times.add(elapsed);
                allocated.add(allocatedBytes);
            }
        }
    }

    /**
     * The same series in a plain client registry, twice: labelled gauges holding their values, and callback gauges
     * reading them from arrays at scrape time (as Micrometer's gauges read theirs).
     */
    private static Baseline baseline(PrometheusMeterRegistry micrometer) {
        Map<String, List<Gauge>> byName = new LinkedHashMap<>();
        Map<String, String> help = new LinkedHashMap<>();
        for (Meter meter : micrometer.getMeters()) {
            if (!(meter instanceof Gauge gauge)) {
                throw new IllegalStateException("Unexpected meter " + meter.getId());
            }
            String name = gauge.getId().getConventionName(micrometer.config().namingConvention());
            byName.computeIfAbsent(name, key -> new ArrayList<>()).add(gauge);
            help.put(name, gauge.getId().getDescription());
        }
        PrometheusRegistry gauges = new PrometheusRegistry();
        PrometheusRegistry callbacks = new PrometheusRegistry();
        long series = 0;
        for (Map.Entry<String, List<Gauge>> entry : byName.entrySet()) {
            List<Gauge> meters = entry.getValue();
            String[] labelNames = labelNames(micrometer, meters.getFirst());
            io.prometheus.metrics.core.metrics.Gauge clientGauge = io.prometheus.metrics.core.metrics.Gauge.builder()
                    .name(entry.getKey()).help(help.get(entry.getKey())).labelNames(labelNames)
                    // Gauges in Micrometer sample no exemplars; the tracer initializer is not on the classpath.
                    .withoutExemplars().register(gauges);
            String[][] labelValues = new String[meters.size()][];
            double[] values = new double[meters.size()];
            for (int i = 0; i < meters.size(); i++) {
                Gauge meter = meters.get(i);
                if (!Arrays.equals(labelNames, labelNames(micrometer, meter))) {
                    throw new IllegalStateException("Mixed label names in " + entry.getKey());
                }
                labelValues[i] = meter.getId().getConventionTags(micrometer.config().namingConvention()).stream()
                        .map(Tag::getValue).toArray(String[]::new);
                values[i] = meter.value();
                clientGauge.labelValues(labelValues[i]).set(values[i]);
                series++;
            }
            io.prometheus.metrics.core.metrics.GaugeWithCallback.builder().name(entry.getKey())
                    .help(help.get(entry.getKey())).labelNames(labelNames).callback(callback -> {
                        for (int i = 0; i < values.length; i++) {
                            callback.call(values[i], labelValues[i]);
                        }
                    }).register(callbacks);
        }
        return new Baseline(gauges, callbacks, byName.size(), series);
    }

    private static String[] labelNames(PrometheusMeterRegistry micrometer, Gauge gauge) {
        return gauge.getId().getConventionTags(micrometer.config().namingConvention()).stream().map(Tag::getKey)
                .toArray(String[]::new);
    }

    private static final ExpositionFormatWriter TEXT = ExpositionFormats.init()
            .findWriter(PrometheusTextFormatWriter.CONTENT_TYPE);

    /** What {@code PrometheusMeterRegistry.scrape()} does with its own client registry, for a plain one. */
    private static String write(PrometheusRegistry registry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TEXT.write(out, registry.scrape());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Projects, their milestone counts by state and their open milestones, as the snapshot's queries return them. */
    private static Data data(int count) {
        SplittableRandom random = new SplittableRandom(20251125);
        List<Project> projects = new ArrayList<>(count);
        List<StateCount> counts = new ArrayList<>();
        List<OpenMilestone> open = new ArrayList<>();
        Map<Long, BigDecimal> scores = new java.util.HashMap<>();
        double progress = (AS_OF.getDayOfYear() - 1) / (double) AS_OF.lengthOfYear();
        for (int id = 1; id <= count; id++) {
            String[] department = BenchmarkSupport.DEPARTMENTS[id % BenchmarkSupport.DEPARTMENTS.length];
            String name = BenchmarkSupport.PROJECT_NAMES[random.nextInt(BenchmarkSupport.PROJECT_NAMES.length)] + "-" + String.format("%06d", id);
            int roll = random.nextInt(100);
            Light light = roll < 5 ? Light.NONE : roll < 60 ? Light.GREEN : roll < 70 ? Light.BLUE
                    : roll < 90 ? Light.YELLOW : Light.RED;
            // A few projects have no annual budget yet, so no execution ratio.
            Double execution = random.nextInt(100) < 3 ? null : random.nextInt(0, 12_000) / 10_000.0;
            // The (projected) self-evaluation total out of 100, two decimals.
            scores.put((long) id, BigDecimal.valueOf(random.nextInt(6_000, 10_001), 2));
            projects.add(new Project(id, name, department[0], department[1], FISCAL_YEAR, light, execution, progress));
            Map<String, Long> states = new TreeMap<>();
            for (int k = 0; k < MILESTONE_TITLES.length; k++) {
                LocalDate due = LocalDate.of(FISCAL_YEAR, 1, 1).plusDays(random.nextInt(365));
                String state = state(random, due);
                states.merge(state, 1L, Long::sum);
                if (state.equals("UPCOMING") || state.equals("DUE_SOON") || state.equals("OVERDUE")) {
                    open.add(new OpenMilestone(id * 3L + k, id, MILESTONE_TITLES[k], state, due));
                }
            }
            long projectId = id;
            states.forEach((state, n) -> counts.add(new StateCount(projectId, state, n)));
        }
        return new Data(projects, counts, open, scores);
    }

    /** States as the daily sweep leaves them: of those already due 75 % met, 5 % waived, 20 % overdue. */
    private static String state(SplittableRandom random, LocalDate due) {
        int roll = random.nextInt(100);
        if (due.isBefore(AS_OF)) {
            return roll < 75 ? "MET" : roll < 80 ? "WAIVED" : "OVERDUE";
        }
        if (roll < 3) {
            return "MET";
        }
        return due.isAfter(AS_OF.plusDays(DUE_SOON_DAYS)) ? "UPCOMING" : "DUE_SOON";
    }

    private static Map<String, Long> seriesByName(String text) {
        Map<String, Long> series = new TreeMap<>();
        text.lines().filter(line -> !line.startsWith("#") && !line.isEmpty()).forEach(line -> {
            int end = line.indexOf('{');
            series.merge(end < 0 ? line.substring(0, line.indexOf(' ')) : line.substring(0, end), 1L, Long::sum);
        });
        return series;
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 200);
        return "Micrometer: …" + expected.substring(from, Math.min(expected.length(), i + 200)) + "\nclient: …"
                + actual.substring(from, Math.min(actual.length(), i + 200));
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static double p90(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
    }

    private static double min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static double millis(double nanos) {
        return nanos / 1e6;
    }

    private static String fixed(double value) {
        return String.format("%.1f", value);
    }


    private record Data(List<Project> projects, List<StateCount> counts, List<OpenMilestone> open,
            Map<Long, BigDecimal> scores) {
    }

    private record Baseline(PrometheusRegistry gauges, PrometheusRegistry callbacks, int metrics, long series) {
    }
}
