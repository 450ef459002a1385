package org.xxgk.checker.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The scale benchmark of {@code check DIR --out} (a command that prints figures, not a test): writes N distinct
 * reports (default 10,000) made from the fixtures, with other bodies' names, other years and other numbers in the
 * prose, some with a table total changed, some as web pages and Word files, a few that are no reports and a few
 * copies; then runs the built jar on them twice, each time into a fresh directory, and prints the wall time,
 * reports per second, peak RSS and peak heap of each run, and whether the two runs wrote the same bytes.
 *
 * <p>Run {@code src/test/sh/batch-bench.sh [N]} after {@code mvn -B -q package -DskipTests}. Everything goes under
 * {@code target/batch-bench}. Linux only (RSS is read from /proc).
 */
public final class BatchBench {
    static final Path JAR = Path.of("target/xxgk-checker.jar");
    static final Path WORK = Path.of("target/batch-bench");
    static final String HEAP = "-Xmx1g";
    static final double TARGET_SECONDS = 60;
    /** Two characters of a made-up place name: 100 × 100 distinct bodies. */
    private static final String PLACE = "东西南北中上下前后左右新旧大小长短高低远近金银铜铁石玉竹松柏桃李杏梅兰菊荷柳杨槐桂枫"
            + "青红白黄紫绿蓝春夏秋冬山水河湖海江溪泉林森田园川岭峰谷平安宁康泰和顺丰盛兴旺福寿吉祥文武德仁义礼智信华龙凤";
    /** A count in the prose: three to five digits, not a year, not part of a decimal or a percentage. */
    private static final Pattern PROSE_NUMBER = Pattern.compile("(?<![\\d.])(?!(?:19|20)\\d\\d(?!\\d))(\\d{3,5})(?![\\d.%])");
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private BatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no " + JAR + ": build it first with mvn -B -q package -DskipTests");
        }
        System.out.println("xxgk-checker batch benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT)).substring(0, 16));
        System.out.println("commit " + command("git", "describe", "--always", "--dirty") + ", " + machine());
        System.out.println("load average before: " + loadAverage());

        Path reports = WORK.resolve("reports");
        delete(WORK);
        // the jar under test is a copy: a build while the benchmark runs must not swap it
        Files.createDirectories(WORK);
        Files.copy(JAR, WORK.resolve(JAR.getFileName()));
        long start = System.nanoTime();
        Map<String, Integer> kinds = generate(reports, count);
        System.out.printf(Locale.ROOT, "generated %d files in %.1f s under %s: %s%n", count,
                (System.nanoTime() - start) / 1e9, reports, kinds);

        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            runs.add(run(reports, WORK.resolve("out-" + i), count));
        }
        Map<String, String> first = digests(WORK.resolve("out-1"));
        Map<String, String> second = digests(WORK.resolve("out-2"));
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            System.out.printf(Locale.ROOT, "run %d: exit %d, %.1f s wall, %.0f reports/s, peak RSS %d MB, peak heap %d MB "
                            + "(%s, %d GCs)%n", i + 1, run.exit, run.seconds, count / run.seconds, run.peakRssMb,
                    run.peakHeapMb, HEAP, run.gcs);
            System.out.println("       " + run.stdout.strip().lines().findFirst().orElse(""));
        }
        long bytes = first.isEmpty() ? 0 : directorySize(WORK.resolve("out-1"));
        System.out.printf(Locale.ROOT, "output: %d files, %d MB; the two runs' outputs are %s%n", first.size(),
                bytes / (1024 * 1024), first.equals(second) ? "byte-identical" : "DIFFERENT (" + differences(first, second) + ")");
        double worst = runs.stream().mapToDouble(run -> run.seconds).max().orElseThrow();
        System.out.printf(Locale.ROOT, "target: %d reports in under %.0f s with heap under 1 GB: %s%n", count,
                TARGET_SECONDS, worst < TARGET_SECONDS && runs.stream().allMatch(run -> run.exit <= 1) ? "met" : "NOT met");
        System.out.println("load average after: " + loadAverage());
    }

    /** Writes the reports: N files in folders of 500, as a city's departments, districts and towns would send them. */
    private static Map<String, Integer> generate(Path reports, int count) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(Path.of("fixtures/reports"))) {
            texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> notReports = List.of(Path.of("fixtures/rules/INPUT-02/fail-png-image.txt"),
                Path.of("fixtures/rules/INPUT-01/fail-zero-bytes.txt"),
                Path.of("fixtures/rules/INPUT-04/fail-password-protected.docx"));
        Map<String, Integer> kinds = new LinkedHashMap<>();
        Path previous = null;
        for (int index = 0; index < count; index++) {
            int i = index;
            Path folder = Files.createDirectories(reports.resolve(String.format(Locale.ROOT, "group-%02d", i / 500)));
            String name = place(i);
            Path base = texts.get(i % texts.size());
            String stem = String.format(Locale.ROOT, "%05d-%s", i, name);
            String kind;
            if (i % 1000 == 999 && previous != null) {
                kind = "copy";
                Files.copy(previous, folder.resolve(stem + "-copy" + extension(previous)));
            } else if (i % 500 == 250) {
                kind = "no report";
                Path source = notReports.get(i / 500 % notReports.size());
                Files.copy(source, folder.resolve(stem + extension(source)));
            } else if (i % 20 == 7) {
                kind = "docx";
                Path twin = Path.of("fixtures/reports-docx", base.getFileName().toString().replace(".txt", ".docx"));
                previous = folder.resolve(stem + ".docx");
                Files.write(previous, docx(twin, text -> renamed(text, name, i)));
            } else if (i % 10 == 3) {
                kind = "html";
                Path twin = Path.of("fixtures/reports-html", base.getFileName().toString().replace(".txt", ".html"));
                previous = folder.resolve(stem + ".html");
                Files.writeString(previous, perturb(Files.readString(twin), name, i));
            } else {
                kind = "text";
                previous = folder.resolve(stem + ".txt");
                Files.writeString(previous, perturb(Files.readString(base), name, i));
            }
            kinds.merge(kind, 1, Integer::sum);
        }
        return kinds;
    }

    /**
     * Another body and year; in one report in five other counts in the prose (not in table rows), which the prose
     * rules then find at odds with the tables; one text in ten has the total of 表四's 行政复议 raised, so that it
     * fails ARI-04.
     */
    static String perturb(String text, String place, int i) {
        String out = renamed(text, place, i);
        if (i % 5 != 2) {
            return defect(out, i);
        }
        StringBuilder lines = new StringBuilder(out.length() + 64);
        for (String line : out.split("\n", -1)) {
            if (line.contains("\t") || line.contains("|") || line.contains("<td")) {
                lines.append(line);
            } else {
                Matcher number = PROSE_NUMBER.matcher(line);
                lines.append(number.replaceAll(match -> Integer.toString(Integer.parseInt(match.group(1)) + i % 50)));
            }
            lines.append('\n');
        }
        return defect(lines.substring(0, lines.length() - 1), i);
    }

    private static String defect(String text, int i) {
        return i % 10 == 1 ? text.replace("\n8\t4\t12\t0\t24\t", "\n8\t4\t12\t0\t" + (25 + i % 7) + "\t") : text;
    }

    /** Another body, and another year (2022–2024) for the 2024 reports: a Word file's numbers stay as they are. */
    static String renamed(String text, String place, int i) {
        String out = text.replace("老城区", place + "区");
        if (out.contains("2024 年政府信息公开")) {
            int year = 2022 + i % 3;
            out = out.replace("2025", Integer.toString(year + 1)).replace("2024", Integer.toString(year));
        }
        return out;
    }

    private interface TextChange {
        String apply(String text);
    }

    /** A Word file with its document's text changed. */
    private static byte[] docx(Path twin, TextChange change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(twin));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String place(int i) {
        int n = PLACE.length();
        return "" + PLACE.charAt(i % n) + PLACE.charAt(i / n % n) + (i >= n * n ? Integer.toString(i / (n * n)) : "");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    private record Run(int exit, double seconds, long peakRssMb, long peakHeapMb, int gcs, String stdout) {
    }

    /** Runs the jar once, sampling its RSS high-water mark from /proc while it runs. */
    private static Run run(Path reports, Path out, int count) throws Exception {
        Path gcLog = WORK.resolve(out.getFileName() + "-gc.log");
        Path stdout = WORK.resolve(out.getFileName() + "-stdout.txt");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), HEAP, "-Xlog:gc:file=" + gcLog, "-jar",
                WORK.resolve(JAR.getFileName()).toString(), "check", "--no-progress", "--out", out.toString(), reports.toString())
                .redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process process = builder.start();
        long peakKb = 0;
        Path status = Path.of("/proc/" + process.pid() + "/status");
        while (process.isAlive()) {
            peakKb = Math.max(peakKb, highWaterMarkKb(status));
            Thread.sleep(50);
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        int gcs = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher gc = GC_LINE.matcher(line);
            if (gc.find()) {
                peakHeap = Math.max(peakHeap, Long.parseLong(gc.group(1)));
                gcs++;
            }
        }
        return new Run(exit, seconds, peakKb / 1024, peakHeap, gcs, Files.readString(stdout));
    }

    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // the process has just ended
        }
        return 0;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The SHA-256 of every file below a directory, by relative path. */
    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path file : files) {
            digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
        }
        return digests;
    }

    private static String differences(Map<String, String> first, Map<String, String> second) {
        List<String> differing = new ArrayList<>();
        first.forEach((file, digest) -> {
            if (!digest.equals(second.get(file))) {
                differing.add(file);
            }
        });
        second.keySet().stream().filter(file -> !first.containsKey(file)).forEach(differing::add);
        return differing.size() + " files differ, e.g. " + differing.stream().limit(3).toList();
    }

    private static long directorySize(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("?");
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory / (1L << 30) + " GB, Java "
                + System.getProperty("java.version");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream in = process.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? out : "?";
        }
    }

    private static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
