package org.neighbourhoodportal.workplan.excel;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;

/**
 * Exports a plan of 50,000 actions with the streaming writer the portal uses (SXSSF) and with POI's in-memory writer
 * (XSSF), side by side, and writes the figures to {@code target/benchmarks/excel-export.md}. Not a test: run it with
 *
 * <pre>./mvnw -B -o -pl portal -Pbenchmark verify</pre>
 *
 * <p>Each measurement runs in a JVM of its own, so one writer's garbage, JIT state or heap sizing never colours the
 * other's. In each: a small warm-up export, a full GC, then the measured export, written to a file as the portal
 * writes to the response. Three figures for memory, because "peak heap" means different things:
 * <ul>
 *     <li><b>peak heap used</b>: the most the heap held at any moment, garbage included (sampled every millisecond,
 *     and read at the start of every GC); depends on how lazily the collector runs, so it is reported with the heap
 *     it ran in;</li>
 *     <li><b>peak heap after GC</b>: the most the heap still held after a collection, which is close to what the
 *     writer keeps alive;</li>
 *     <li><b>smallest heap that completes</b>: the smallest {@code -Xmx} (from a fixed ladder) in which the export
 *     finishes at all: the plainest answer to "how much memory does it need".</li>
 * </ul>
 * The plan's rows are generated as they are written, so the data itself takes no memory; only the writer does.
 */
public final class ExcelExportBenchmark {

    private static final List<String> WRITERS = List.of("SXSSF", "XSSF");
    private static final int[] HEAP_LADDER_MB = {16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536,
            2048};
    private static final int PRIORITIES = 50;
    private static final String[] PEOPLE = {"Helen Carter", "Priya Shah", "Jo Bennett", "Tom Whitfield",
            "Grace Adeyemi", "Margaret Ellis", "Ray Turner", "Sam Okafor", "Lucy Marsh", "Dev Patel"};

    private ExcelExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        int actions = Integer.getInteger("benchmark.actions", 50_000);
        int runs = Integer.getInteger("benchmark.runs", 3);
        String heap = System.getProperty("benchmark.heap", "1g");
        Path report = Path.of(args.length > 0 ? args[0] : "target/benchmarks/excel-export.md");

        Map<String, List<Map<String, String>>> results = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (String writer : WRITERS) { // alternate, so neither always runs on a cooler or warmer machine
                Map<String, String> result = runChild(writer, actions, heap);
                if (result == null) {
                    throw new IllegalStateException(writer + " did not finish in -Xmx" + heap);
                }
                System.out.printf(Locale.UK, "%s run %d: %s ms, peak heap used %s MB, after GC %s MB%n", writer,
                        run, result.get("millis"), result.get("peakUsedMb"), result.get("peakAfterGcMb"));
                results.computeIfAbsent(writer, w -> new ArrayList<>()).add(result);
            }
        }
        Map<String, Integer> smallest = new LinkedHashMap<>();
        for (String writer : WRITERS) {
            smallest.put(writer, smallestHeap(writer, actions));
            System.out.printf(Locale.UK, "%s completes in -Xmx%dm%n", writer, smallest.get(writer));
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        String collectors = results.get("SXSSF").get(0).getOrDefault("collectors", "").replace("_", " ")
                .replace(",", ", ");
        Files.writeString(report, markdown(actions, runs, heap, results, smallest, collectors),
                StandardCharsets.UTF_8);
        System.out.println("Results written to " + report.toAbsolutePath());
    }

    // ---- the parent: one child JVM per measurement -------------------------------------------------------------

    /** @return the child's figures, or null when it ran out of memory */
    private static Map<String, String> runChild(String writer, int actions, String heap)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + heap, "-Xms16m", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ExcelExportBenchmark.class.getName(), "--child", writer, Integer.toString(actions))
                .redirectErrorStream(true).start();
        Map<String, String> result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = new LinkedHashMap<>();
                    for (String pair : line.substring(7).split(" ")) {
                        String[] kv = pair.split("=", 2);
                        result.put(kv[0], kv[1]);
                    }
                }
            }
        }
        return process.waitFor() == 0 ? result : null;
    }

    /** Climbs a fixed ladder of heap sizes, by bisection, to the smallest in which the export completes. */
    private static int smallestHeap(String writer, int actions) throws IOException, InterruptedException {
        int low = 0;
        int high = HEAP_LADDER_MB.length - 1;
        if (runChild(writer, actions, HEAP_LADDER_MB[high] + "m") == null) {
            return -1;
        }
        while (low < high) {
            int middle = (low + high) / 2;
            if (runChild(writer, actions, HEAP_LADDER_MB[middle] + "m") != null) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return HEAP_LADDER_MB[low];
    }

    private static String markdown(int actions, int runs, String heap, Map<String, List<Map<String, String>>> results,
                                   Map<String, Integer> smallest, String collectors) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder md = new StringBuilder();
        md.append("# Excel export benchmark\n\n");
        md.append(String.format(Locale.UK, "A plan of %,d priorities and %,d actions, exported by the portal's own "
                + "writer (`PlanWorkbookWriter`) into a streaming `SXSSFWorkbook` (%d rows in memory) and into an "
                + "in-memory `XSSFWorkbook`. Each figure comes from a JVM of its own (`-Xmx%s`), after a warm-up "
                + "export and a full GC; times and heap are the median of %d runs.%n%n", PRIORITIES, actions,
                WorkplanExcelService.ROWS_IN_MEMORY, heap, runs));
        md.append("| writer | time (ms) | peak heap used (MB) | peak heap after GC (MB) | smallest -Xmx that "
                + "completes | file (KB) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        Map<String, Map<String, Double>> medians = new HashMap<>();
        for (String writer : WRITERS) {
            Map<String, Double> median = new HashMap<>();
            for (String key : List.of("millis", "peakUsedMb", "peakAfterGcMb", "fileBytes")) {
                median.put(key, median(results.get(writer).stream().map(r -> Double.parseDouble(r.get(key)))
                        .toList()));
            }
            medians.put(writer, median);
            md.append(String.format(Locale.UK, "| %s | %,.0f | %,.0f | %,.0f | %s | %,.0f |%n", writer,
                    median.get("millis"), median.get("peakUsedMb"), median.get("peakAfterGcMb"),
                    smallest.get(writer) < 0 ? "more than 2048 MB" : smallest.get(writer) + " MB",
                    median.get("fileBytes") / 1024));
        }
        Map<String, Double> s = medians.get("SXSSF");
        Map<String, Double> x = medians.get("XSSF");
        md.append(String.format(Locale.UK, "%nRatios, in-memory (XSSF) to streaming (SXSSF): time %.2f×, peak heap "
                        + "used %.1f×, peak heap after GC %.1f×, smallest heap %.1f×.%n%n",
                x.get("millis") / s.get("millis"), x.get("peakUsedMb") / s.get("peakUsedMb"),
                x.get("peakAfterGcMb") / s.get("peakAfterGcMb"),
                (double) smallest.get("XSSF") / smallest.get("SXSSF")));
        md.append("Every run:\n\n| writer | time (ms) | peak heap used (MB) | peak heap after GC (MB) |\n"
                + "| --- | ---: | ---: | ---: |\n");
        for (String writer : WRITERS) {
            for (Map<String, String> r : results.get(writer)) {
                md.append("| ").append(writer).append(" | ").append(r.get("millis")).append(" | ")
                        .append(r.get("peakUsedMb")).append(" | ").append(r.get("peakAfterGcMb")).append(" |\n");
            }
        }
        md.append("\nMachine: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(", ").append(runtime.availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vm.name")).append("), collector as chosen for the children: ")
                .append(collectors.isEmpty() ? "unknown" : collectors).append("; run ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(".\n");
        return md.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    // ---- the child: one export, measured -------------------------------------------------------------------------

    private static void child(String writer, int actions) throws Exception {
        export(writer, 2_000, OutputStream.nullOutputStream()); // load classes, warm the JIT
        System.gc();
        Thread.sleep(200);

        HeapWatch watch = new HeapWatch();
        Path file = Files.createTempFile("excel-benchmark-", ".xlsx");
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            export(writer, actions, out);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        watch.stop();
        long size = Files.size(file);
        Files.delete(file);
        System.out.printf(Locale.ROOT, "RESULT writer=%s actions=%d millis=%d peakUsedMb=%.1f peakAfterGcMb=%.1f "
                        + "fileBytes=%d gcs=%d collectors=%s%n", writer, actions, millis, mb(watch.peakUsed()),
                mb(watch.peakAfterGc()), size, watch.collections(), ManagementFactory.getGarbageCollectorMXBeans()
                        .stream().map(gc -> gc.getName().replace(' ', '_')).collect(Collectors.joining(",")));
    }

    /** What {@code WorkplanExcelService.export} does, with the workbook of the writer being measured. */
    private static void export(String writer, int actions, OutputStream out) throws IOException {
        Workbook workbook;
        if (writer.equals("SXSSF")) {
            SXSSFWorkbook streaming = new SXSSFWorkbook(WorkplanExcelService.ROWS_IN_MEMORY);
            streaming.setCompressTempFiles(true);
            workbook = streaming;
        } else {
            workbook = new XSSFWorkbook();
        }
        try {
            List<PriorityRow> priorities = priorities();
            new PlanWorkbookWriter(workbook).write(new PlanSummary(1, 1, "Benchmark INT", 2026,
                            "Benchmark INT work plan 2026/27"), priorities, () -> actions(priorities, actions),
                    List.of(PEOPLE), Map.of(), LocalDate.of(2026, 11, 22));
            workbook.write(out);
        } finally {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            workbook.close();
        }
    }

    private static List<PriorityRow> priorities() {
        List<PriorityRow> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 4, 1);
        for (int i = 1; i <= PRIORITIES; i++) {
            rows.add(new PriorityRow(i, 1, "Priority " + i + ": joined-up care for people at risk of falling",
                    "Why it matters: a sentence or two, as the INT lead would write it for the board, number " + i
                            + ".", null, "Harborough District Council", null, PEOPLE[i % PEOPLE.length], start,
                    start.plusMonths(12), Rag.values()[i % 4], i % 4 >= 2 ? "Waiting on a partner's decision." : null,
                    List.of(), 1000, 3, 40, 1));
        }
        return rows;
    }

    /** The actions, made one at a time as the writer asks for them. */
    private static Iterator<ActionRow> actions(List<PriorityRow> priorities, int count) {
        LocalDate start = LocalDate.of(2026, 4, 1);
        ActionStatus[] statuses = ActionStatus.values();
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public ActionRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                PriorityRow priority = priorities.get((i - 1) * priorities.size() / count);
                return new ActionRow(i, priority.id(), "Action " + i + ": agree the referral route with the "
                        + "practice managers", (long) (i % PEOPLE.length), PEOPLE[i % PEOPLE.length],
                        start.plusDays(i % 365), statuses[i % statuses.length], i % 101, i % 10 == 0, 1);
            }
        };
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** The heap's high-water marks while an export runs: sampled every millisecond and at every GC. */
    private static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!running || !notification.getType()
                            .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    collections.incrementAndGet();
                    peakUsed.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    peakAfterGc.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                }, null, null);
            }
            sampler = new Thread(() -> {
                while (running) {
                    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** Ends the watch with a full GC, whose "after" is what is still held when the export is done. */
        void stop() throws InterruptedException {
            peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            running = false;
            sampler.join();
        }

        long peakUsed() {
            return peakUsed.get();
        }

        /** When no GC ran during the export, the heap at its end is all we know, and it is an upper bound. */
        long peakAfterGc() {
            return collections.get() == 0 ? peakUsed.get() : peakAfterGc.get();
        }

        long collections() {
            return collections.get();
        }

        private static long heap(Map<String, MemoryUsage> pools) {
            long used = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pools.containsKey(pool.getName())) {
                    used += pools.get(pool.getName()).getUsed();
                }
            }
            return used;
        }
    }
}
