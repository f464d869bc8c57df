import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;

/**
 * Shows that scripts/CheckBundle.java finds what it is meant to find: starting from a bundle that
 * passes, each case breaks one rule (a missing javadoc jar, a wrong checksum, a tampered file under
 * its signature, a dropped data licence, an unpublished module in the bundle, a library the BOM no
 * longer manages) and expects the check to fail naming that problem.
 *
 * <p>Usage: {@code java scripts/CheckBundleSelfTest.java BUNDLE EFFECTIVE_POMS SIGNING_KEY} (the
 * files of a release dry run; scripts/release-dry-run.sh runs it).
 */
public final class CheckBundleSelfTest {

    private CheckBundleSelfTest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CheckBundleSelfTest BUNDLE EFFECTIVE_POMS SIGNING_KEY");
        }
        Path bundle = Path.of(args[0]);
        Path poms = Path.of(args[1]);
        Path key = Path.of(args[2]);
        Path work = Files.createTempDirectory("check-bundle-self-test");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        Path source = Path.of("scripts/CheckBundle.java");
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()) != 0) {
            throw new IllegalStateException("could not compile " + source);
        }
        Map<String, byte[]> files = read(bundle);
        String pomsText = Files.readString(poms, StandardCharsets.UTF_8);
        String version = files.keySet().stream().filter(n -> n.contains("/vfm-analytics/")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no vfm-analytics in " + bundle)).split("/")[4];
        String model = "io/github/commissioningvfm/commissioning-model/" + version + "/commissioning-model-" + version;

        List<String> failures = new ArrayList<>();
        expectPass(classes, work, files, pomsText, key, failures);
        expect("a missing javadoc jar", "missing " + model + "-javadoc.jar", classes, work,
                without(files, model + "-javadoc.jar"), pomsText, key, failures);
        expect("a wrong checksum", model + ".jar.sha1: holds", classes, work,
                with(files, model + ".jar.sha1", "0000000000000000000000000000000000000000".getBytes(StandardCharsets.US_ASCII)),
                pomsText, key, failures);
        expect("a file changed under its signature", model + ".pom.asc: does not verify", classes, work,
                tamperedPom(files, model + ".pom"), pomsText, key, failures);
        expect("the PSSRU data licence dropped", "unit-costs-pssru:" + version
                + ": POM does not list the licence https://creativecommons.org/licenses/by-nc-sa/4.0/", classes, work,
                files, pomsText.replace("https://creativecommons.org/licenses/by-nc-sa/4.0/", "https://example.invalid/"),
                key, failures);
        expect("an unpublished module in the bundle", "examples:" + version + " sets maven.deploy.skip=true", classes,
                work, with(files, "io/github/commissioningvfm/examples/" + version + "/examples-" + version + ".pom",
                        "<project/>".getBytes(StandardCharsets.UTF_8)),
                pomsText, key, failures);
        expect("tablesaw-core no longer managed by the BOM", "the BOM does not manage tech.tablesaw:tablesaw-core",
                classes, work, files, pomsText.replace("<artifactId>tablesaw-core</artifactId>",
                        "<artifactId>tablesaw-core-renamed</artifactId>"), key, failures);

        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("check-bundle self-test: " + f));
            System.exit(1);
        }
        System.out.println("check-bundle self-test: OK: the check passes the real bundle and fails each of 6 broken ones");
    }

    private static void expectPass(Path classes, Path work, Map<String, byte[]> files, String poms, Path key,
            List<String> failures) throws Exception {
        String[] result = check(classes, work, files, poms, key);
        if (!result[0].equals("0")) {
            failures.add("the unchanged bundle should pass, but: " + result[1]);
        }
    }

    private static void expect(String what, String message, Path classes, Path work, Map<String, byte[]> files,
            String poms, Path key, List<String> failures) throws Exception {
        String[] result = check(classes, work, files, poms, key);
        if (result[0].equals("0")) {
            failures.add(what + ": the check passed");
        } else if (!result[1].contains(message)) {
            failures.add(what + ": expected a message containing '" + message + "', got: " + result[1]);
        }
    }

    private static String[] check(Path classes, Path work, Map<String, byte[]> files, String poms, Path key)
            throws Exception {
        Path zip = work.resolve("bundle.zip");
        Path pomFile = work.resolve("effective-poms.xml");
        write(zip, files);
        Files.writeString(pomFile, poms, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "CheckBundle", "--root", ".", "--bundle", zip.toString(),
                "--effective-poms", pomFile.toString(), "--signing-key", key.toString())
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(output);
        }
        return new String[] {String.valueOf(process.waitFor()), output.toString(StandardCharsets.UTF_8)};
    }

    private static Map<String, byte[]> without(Map<String, byte[]> files, String name) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        if (copy.remove(name) == null) {
            throw new IllegalStateException("no " + name + " in the bundle");
        }
        return copy;
    }

    private static Map<String, byte[]> with(Map<String, byte[]> files, String name, byte[] content) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        copy.put(name, content);
        return copy;
    }

    /** The POM changed, its checksums recomputed, its signature left as it was. */
    private static Map<String, byte[]> tamperedPom(Map<String, byte[]> files, String name) throws Exception {
        byte[] pom = (new String(files.get(name), StandardCharsets.UTF_8) + "<!-- changed -->\n")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> copy = with(files, name, pom);
        Map<String, UnaryOperator<String>> algorithms = Map.of("md5", a -> "MD5", "sha1", a -> "SHA-1",
                "sha256", a -> "SHA-256", "sha512", a -> "SHA-512");
        for (var algorithm : algorithms.entrySet()) {
            if (copy.containsKey(name + "." + algorithm.getKey())) {
                byte[] digest = java.security.MessageDigest.getInstance(algorithm.getValue().apply("")).digest(pom);
                copy.put(name + "." + algorithm.getKey(),
                        java.util.HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return copy;
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    private static void write(Path zip, Map<String, byte[]> files) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
    }
}
