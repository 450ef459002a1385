package org.xxgk.checker.engine;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiled rules kept on disk between runs: compiling the DRL takes most of a command's start-up, and a pipeline
 * runs the same rules again and again. An entry is named by a hash of the DRL texts and of the checker's own code,
 * so an edited rule or a new build is compiled afresh; only rules that compiled without error are kept, and the
 * entries used least recently are removed beyond {@value #ENTRIES}. A cache that cannot be read or written is
 * passed over: the rules are then compiled as if it were not there.
 *
 * <p>The directory is {@code $XXGK_CACHE}, else {@code $XDG_CACHE_HOME/xxgk-checker}, else
 * {@code ~/.cache/xxgk-checker}; {@code XXGK_CACHE=off} switches the cache off.
 */
final class CompiledRuleCache {
    static final String ENVIRONMENT = "XXGK_CACHE";
    static final CompiledRuleCache OFF = new CompiledRuleCache(null, false);
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleCache.class);
    private static final int ENTRIES = 16;
    private static final String SUFFIX = ".kpkg";
    private static final String PARTIAL = ".partial";
    /** Starts every entry; the number after it changes when the entry's layout does. */
    private static final byte[] MAGIC = "xxgk-kpkg-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = MAGIC.length + 32 + 32;
    /** What a cache file may hold: compiled rules refer to the JDK, Drools, MVEL and the checker's fact types. */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "java.base/*;org.drools.**;org.kie.**;org.mvel2.**;org.xxgk.checker.**;!*");

    private final Path directory;
    private final boolean reading;

    private CompiledRuleCache(Path directory, boolean reading) {
        this.directory = directory;
        this.reading = reading;
    }

    /** The cache in a directory, which is created when the first entry is written. */
    static CompiledRuleCache in(Path directory) {
        return new CompiledRuleCache(directory, true);
    }

    /**
     * This cache, written but never read: for a rule set that will check many reports. Drools does not reliably
     * compile the conditions of rules read back from a file into bytecode, and such a rule base was at times only
     * half as fast over a long run; a second of compiling is nothing there.
     */
    CompiledRuleCache writeOnly() {
        return new CompiledRuleCache(directory, false);
    }

    /** The cache the environment names (see the class comment). */
    static CompiledRuleCache configured() {
        return CodeVersion.FINGERPRINT == null ? OFF : configured(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static CompiledRuleCache configured(Map<String, String> environment, Path home) {
        String setting = environment.getOrDefault(ENVIRONMENT, "").strip();
        if (!setting.isEmpty()) {
            return setting.equalsIgnoreCase("off") ? OFF : in(Path.of(setting));
        }
        String xdg = environment.getOrDefault("XDG_CACHE_HOME", "").strip();
        return in((xdg.isEmpty() ? home.resolve(".cache") : Path.of(xdg)).resolve("xxgk-checker"));
    }

    /** Where the entries are kept; empty when the cache is off. */
    Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /**
     * The name of the entry for some DRL texts: a hash of their paths relative to the rule set, their texts and the
     * checker's code.
     */
    static String key(Path base, Map<Path, String> sources) {
        MessageDigest digest = Sha256.digest();
        digest.update(String.valueOf(CodeVersion.FINGERPRINT).getBytes(StandardCharsets.UTF_8));
        sources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(source -> {
            // each part led by its length, so that no two sets of files give the same bytes
            update(digest, base.relativize(source.getKey()).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            update(digest, source.getValue().getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        digest.update(part);
    }

    /**
     * The compiled packages of an entry, or empty when there is none or it cannot be read. An entry is believed only
     * when its header names this key and the hash of its contents matches them: a damaged or swapped file is
     * compiled afresh, never run.
     */
    @SuppressWarnings("unchecked")
    Optional<List<KiePackage>> read(String key) {
        if (directory == null || !reading) {
            return Optional.empty();
        }
        Path entry = directory.resolve(key + SUFFIX);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            byte[] contents = Files.readAllBytes(entry);
            byte[] header = header(key, Arrays.copyOfRange(contents, Math.min(HEADER_LENGTH, contents.length), contents.length));
            if (contents.length < HEADER_LENGTH || !Arrays.equals(header, Arrays.copyOf(contents, HEADER_LENGTH))) {
                throw new IOException("不是本键的完好条目");
            }
            try (DroolsObjectInputStream in = new DroolsObjectInputStream(
                    new ByteArrayInputStream(contents, HEADER_LENGTH, contents.length - HEADER_LENGTH))) {
                in.setObjectInputFilter(CLASSES);
                Object packages = in.readObject();
                if (!(packages instanceof List<?> list) || !list.stream().allMatch(KiePackage.class::isInstance)) {
                    throw new IOException("不是编译好的规则");
                }
                markUsed(entry);
                return Optional.of((List<KiePackage>) packages);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.debug("编译规则缓存 {} 无法读取，重新编译：{}", entry, e.toString());
            return Optional.empty();
        }
    }

    /** An entry's header: what it is, the key it was written under, and the hash of the compiled packages after it. */
    private static byte[] header(String key, byte[] packages) {
        return ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC).put(HexFormat.of().parseHex(key))
                .put(Sha256.digest().digest(packages)).array();
    }

    /** Keeps compiled packages as an entry; a cache that cannot be written is passed over. */
    void write(String key, Collection<? extends KiePackage> packages) {
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            // written beside the entry and moved into place, so that another process never reads half an entry
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(packages));
            }
            byte[] compiled = bytes.toByteArray();
            Path partial = Files.createTempFile(directory, key, PARTIAL);
            try {
                try (OutputStream file = Files.newOutputStream(partial)) {
                    file.write(header(key, compiled));
                    file.write(compiled);
                }
                // readable by the other users of a shared cache (a container's, filled at build time by root)
                if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
                }
                move(partial, directory.resolve(key + SUFFIX));
            } finally {
                Files.deleteIfExists(partial);
            }
            removeLeastRecentlyUsed();
        } catch (IOException | RuntimeException e) {
            LOG.debug("编译规则缓存 {} 无法写入：{}", directory, e.toString());
        }
    }

    /** The time of last use decides which entries go first; a cache that is only readable keeps its order. */
    private static void markUsed(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            LOG.debug("编译规则缓存 {} 只能读取", entry);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the entries beyond the limit, and what a process killed while writing left behind. */
    private void removeLeastRecentlyUsed() throws IOException {
        List<Path> entries;
        List<Path> abandoned;
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            entries = all.stream().filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(CompiledRuleCache::lastModified).reversed())
                    .toList();
            abandoned = all.stream().filter(file -> file.getFileName().toString().endsWith(PARTIAL)
                    && lastModified(file).compareTo(anHourAgo) < 0).toList();
        }
        for (Path stale : entries.subList(Math.min(ENTRIES, entries.size()), entries.size())) {
            Files.deleteIfExists(stale);
        }
        for (Path stale : abandoned) {
            Files.deleteIfExists(stale);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }


    /**
     * What identifies the checker's code: the jar's or class folder's path, size and time of change (a folder's
     * newest file), so that compiled rules are never used with fact classes of another build; {@code null} when
     * the code cannot be found.
     */
    private static final class CodeVersion {
        static final String FINGERPRINT = fingerprint();

        private static String fingerprint() {
            try {
                Path code = Path.of(CompiledRuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(code)) {
                    return code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
                }
                long newest = 0;
                long files = 0;
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
                        files++;
                    }
                }
                return code + "|" + files + "|" + newest;
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // a build that cannot be told from another keeps no compiled rules
                return null;
            }
        }
    }
}
