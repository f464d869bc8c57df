import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Central Portal bundle (the zip that {@code -Prelease deploy} builds) and fails, listing
 * every gap, where the Portal would refuse it or where it breaks this project's publishing rules.
 *
 * <p>Central's published requirements (central.sonatype.org, "Requirements"): release coordinates
 * matching the repository path; for every file a {@code .md5} and {@code .sha1} (and, if present,
 * {@code .sha256} / {@code .sha512}) holding its hex digest and an ASCII-armoured {@code .asc}
 * signature; for {@code jar} packaging a {@code -sources.jar} and a {@code -javadoc.jar}; POM
 * metadata name, description, url, licences (name and url), developers and scm (url,
 * connection, developerConnection). A POM's parent must be published with it.
 *
 * <p>Which modules are published comes from the reactor's effective POMs: every module whose
 * {@code maven.deploy.skip} is not {@code true}. The bundle must hold exactly those.
 *
 * <p>This project's rules: the sources jar holds sources and the javadoc jar an {@code index.html};
 * the main jar names its {@code Automatic-Module-Name}; a module shipping data tables states each
 * table's licence (read from the {@code manifest.json} files in its jar) in its POM, and
 * {@code unit-costs} and {@code unit-costs-pssru} state Apache-2.0 for code beside OGL v3.0 and CC
 * BY-NC-SA 4.0 for data; the BOM manages every published artifact and nothing unpublished of
 * ours, manages the libraries a user adds beside ours, and at the versions the build uses.
 *
 * <p>Usage: {@code java scripts/CheckBundle.java --root DIR --bundle ZIP --effective-poms FILE
 * [--signing-key KEY.asc]}. With a signing key, every signature is verified with gpg against it.
 */
public final class CheckBundle {

    private static final String APACHE = "https://www.apache.org/licenses/LICENSE-2.0";
    private static final String OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    private static final String CC_BY_NC_SA = "https://creativecommons.org/licenses/by-nc-sa/4.0/";

    /** Licence names as data manifests write them, and the licence URL a POM must then list. */
    private static final Map<Pattern, String> DATA_LICENCES = Map.of(
            Pattern.compile("Open Government Licence v3\\.0"), OGL,
            Pattern.compile("CC BY-NC-SA 4\\.0"), CC_BY_NC_SA);

    /** Licence URLs that named artifacts must list, whatever their data manifests say. */
    private static final Map<String, List<String>> REQUIRED_LICENCES = Map.of(
            "unit-costs", List.of(APACHE, OGL),
            "unit-costs-pssru", List.of(APACHE, CC_BY_NC_SA));

    /** Libraries a user adds beside ours, which the BOM must manage (groupId:artifactId). */
    private static final List<String> BOM_MANAGED_LIBRARIES = List.of(
            "com.fasterxml.jackson.core:jackson-databind",
            "com.fasterxml.jackson.datatype:jackson-datatype-jdk8",
            "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
            "tech.tablesaw:tablesaw-core",
            "org.knowm.xchart:xchart");

    private static final List<String> DIGESTS = List.of("md5", "sha1", "sha256", "sha512");

    private final Set<String> errors = new LinkedHashSet<>();
    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private Path keyring;
    private int signaturesVerified;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        CheckBundle check = new CheckBundle();
        check.run(Path.of(options.getOrDefault("--root", ".")), Path.of(required(options, "--bundle")),
                Path.of(required(options, "--effective-poms")),
                options.containsKey("--signing-key") ? Path.of(options.get("--signing-key")) : null);
    }

    private void run(Path root, Path bundle, Path effectivePoms, Path signingKey) throws Exception {
        if (!Files.isRegularFile(bundle)) {
            fail("no bundle at " + bundle + "; run scripts/release-dry-run.sh first");
        }
        readBundle(bundle);
        readEffectivePoms(effectivePoms);
        if (signingKey != null) {
            keyring = importKey(signingKey);
        }
        try {
            checkModuleSet();
            for (Project project : projects.values()) {
                if (project.published()) {
                    checkModule(project);
                }
            }
            checkBom(root);
        } finally {
            if (keyring != null) {
                run(List.of("gpgconf", "--homedir", keyring.toString(), "--kill", "gpg-agent"), true);
                deleteTree(keyring);
            }
        }
        if (!errors.isEmpty()) {
            System.err.println("check-bundle: " + errors.size() + " problem(s) in " + bundle + ":");
            errors.forEach(e -> System.err.println("  - " + e));
            System.exit(1);
        }
        long published = projects.values().stream().filter(Project::published).count();
        System.out.println("check-bundle: OK: " + published + " published artifacts, " + files.size()
                + " files; checksums verified; " + (keyring == null && signingKey == null
                        ? "signatures present (not verified: no --signing-key)"
                        : signaturesVerified + " signatures verified"));
    }

    // ---------------------------------------------------------------- the set of published modules

    private void checkModuleSet() {
        Set<String> bundled = new TreeSet<>();
        for (String name : files.keySet()) {
            int slash = name.lastIndexOf('/');
            bundled.add(slash < 0 ? "" : name.substring(0, slash));
        }
        for (Project project : projects.values()) {
            boolean inBundle = bundled.remove(project.directory());
            if (project.published() && !inBundle) {
                errors.add(project.id() + " is published (maven.deploy.skip is not true) but is not in the bundle");
            } else if (!project.published() && inBundle) {
                errors.add(project.id() + " sets maven.deploy.skip=true but is in the bundle: list it in the"
                        + " release profile's excludeArtifacts");
            }
        }
        for (String directory : bundled) {
            errors.add("the bundle holds " + directory + "/, which is no module of this build");
        }
    }

    // ---------------------------------------------------------------- one published module

    private void checkModule(Project project) throws Exception {
        String base = project.directory() + "/" + project.artifactId + "-" + project.version;
        if (project.version.endsWith("-SNAPSHOT")) {
            errors.add(project.id() + ": Central accepts release versions only, not " + project.version);
        }
        List<String> required = new ArrayList<>(List.of(base + ".pom"));
        if (project.packaging.equals("jar")) {
            required.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
        } else if (!project.packaging.equals("pom")) {
            errors.add(project.id() + ": packaging '" + project.packaging + "' is not checked by this script");
        }
        for (String name : required) {
            if (!files.containsKey(name)) {
                errors.add(project.id() + ": missing " + name);
            }
        }
        for (String name : files.keySet()) {
            if (name.startsWith(project.directory() + "/") && !isChecksum(name) && !name.endsWith(".asc")) {
                checkChecksums(name);
                checkSignature(name);
            }
        }
        checkPom(project, base + ".pom");
        checkMetadata(project);
        if (project.packaging.equals("jar")) {
            checkJars(project, base);
        }
    }

    private void checkChecksums(String name) throws NoSuchAlgorithmException {
        for (String algorithm : DIGESTS) {
            byte[] sum = files.get(name + "." + algorithm);
            if (sum == null) {
                if (algorithm.equals("md5") || algorithm.equals("sha1")) {
                    errors.add(name + ": missing ." + algorithm + " (Central requires .md5 and .sha1 for every file)");
                }
                continue;
            }
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance(
                    algorithm.replace("sha", "SHA-").toUpperCase(Locale.ROOT)).digest(files.get(name)));
            String actual = new String(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!actual.equals(expected)) {
                errors.add(name + "." + algorithm + ": holds " + actual + " but the file's digest is " + expected);
            }
        }
    }

    private void checkSignature(String name) throws Exception {
        byte[] signature = files.get(name + ".asc");
        if (signature == null) {
            errors.add(name + ": missing .asc signature (Central requires one for every file)");
            return;
        }
        if (!new String(signature, StandardCharsets.US_ASCII).startsWith("-----BEGIN PGP SIGNATURE-----")) {
            errors.add(name + ".asc: not an ASCII-armoured PGP signature");
            return;
        }
        if (keyring == null) {
            return;
        }
        Path dir = Files.createTempDirectory("check-bundle-verify");
        try {
            Path file = dir.resolve("file");
            Path asc = dir.resolve("file.asc");
            Files.write(file, files.get(name));
            Files.write(asc, signature);
            Result result = run(List.of("gpg", "--homedir", keyring.toString(), "--batch", "--verify",
                    asc.toString(), file.toString()), false);
            if (result.exit != 0) {
                errors.add(name + ".asc: does not verify against the signing key: " + result.output.trim());
            } else {
                signaturesVerified++;
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** The POM as uploaded: coordinates match the path, and its parent is published with it. */
    private void checkPom(Project project, String name) throws Exception {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            return;
        }
        Element pom = parse(bytes).getDocumentElement();
        Element parent = child(pom, "parent");
        String groupId = text(pom, "groupId", parent == null ? null : text(parent, "groupId", null));
        String version = text(pom, "version", parent == null ? null : text(parent, "version", null));
        String actual = groupId + ":" + text(pom, "artifactId", null) + ":" + version;
        if (!actual.equals(project.id())) {
            errors.add(name + ": declares " + actual + " but is stored as " + project.id());
        }
        if (parent != null) {
            String parentPom = text(parent, "groupId", "").replace('.', '/') + "/" + text(parent, "artifactId", "")
                    + "/" + text(parent, "version", "") + "/" + text(parent, "artifactId", "") + "-"
                    + text(parent, "version", "") + ".pom";
            if (!files.containsKey(parentPom)) {
                errors.add(name + ": its parent " + parentPom + " is not in the bundle");
            }
        }
    }

    /** Central's required POM metadata, on the effective POM (inherited values count). */
    private void checkMetadata(Project project) {
        Element pom = project.pom;
        for (String element : List.of("name", "description", "url")) {
            if (text(pom, element, "").isBlank()) {
                errors.add(project.id() + ": POM has no <" + element + ">");
            }
        }
        List<Element> licences = children(child(pom, "licenses"), "license");
        if (licences.isEmpty()) {
            errors.add(project.id() + ": POM has no <licenses>");
        }
        for (Element licence : licences) {
            if (text(licence, "name", "").isBlank() || text(licence, "url", "").isBlank()) {
                errors.add(project.id() + ": a <license> lacks its <name> or <url>");
            }
        }
        List<Element> developers = children(child(pom, "developers"), "developer");
        if (developers.isEmpty()) {
            errors.add(project.id() + ": POM has no <developers>");
        }
        for (Element developer : developers) {
            if (text(developer, "name", "").isBlank()) {
                errors.add(project.id() + ": a <developer> has no <name>");
            }
        }
        Element scm = child(pom, "scm");
        for (String element : List.of("url", "connection", "developerConnection")) {
            if (scm == null || text(scm, element, "").isBlank()) {
                errors.add(project.id() + ": POM has no <scm><" + element + ">");
            }
        }
        for (String url : REQUIRED_LICENCES.getOrDefault(project.artifactId, List.of())) {
            requireLicence(project, url, "required for " + project.artifactId);
        }
    }

    private void requireLicence(Project project, String url, String why) {
        for (Element licence : children(child(project.pom, "licenses"), "license")) {
            if (normalise(text(licence, "url", "")).equals(normalise(url))) {
                return;
            }
        }
        errors.add(project.id() + ": POM does not list the licence " + url + " (" + why + ")");
    }

    private void checkJars(Project project, String base) throws IOException {
        byte[] jar = files.get(base + ".jar");
        if (jar != null) {
            Manifest manifest = new JarInputStream(new java.io.ByteArrayInputStream(jar)).getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Automatic-Module-Name") == null) {
                errors.add(base + ".jar: its manifest has no Automatic-Module-Name");
            }
            Map<String, byte[]> entries = entries(jar);
            if (entries.keySet().stream().noneMatch(e -> e.endsWith(".class"))) {
                errors.add(base + ".jar: holds no classes");
            }
            Pattern licence = Pattern.compile("\"licen[cs]e\"\\s*:\\s*\"([^\"]*)\"");
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().endsWith("manifest.json")) {
                    continue;
                }
                Matcher m = licence.matcher(new String(entry.getValue(), StandardCharsets.UTF_8));
                while (m.find()) {
                    for (Map.Entry<Pattern, String> known : DATA_LICENCES.entrySet()) {
                        if (known.getKey().matcher(m.group(1)).find()) {
                            requireLicence(project, known.getValue(),
                                    "data in " + entry.getKey() + " is under " + m.group(1));
                        }
                    }
                }
            }
        }
        byte[] sources = files.get(base + "-sources.jar");
        if (sources != null && entries(sources).keySet().stream().noneMatch(e -> e.endsWith(".java"))) {
            errors.add(base + "-sources.jar: holds no .java files");
        }
        byte[] javadoc = files.get(base + "-javadoc.jar");
        if (javadoc != null && !entries(javadoc).containsKey("index.html")) {
            errors.add(base + "-javadoc.jar: holds no index.html");
        }
    }

    // ---------------------------------------------------------------- the BOM

    private void checkBom(Path root) {
        Project bom = projects.values().stream()
                .filter(p -> p.published() && p.artifactId.equals("bom")).findFirst().orElse(null);
        if (bom == null) {
            errors.add("no published module with artifactId 'bom'");
            return;
        }
        Map<String, String> managed = new TreeMap<>();
        for (Element dependency : children(child(child(bom.pom, "dependencyManagement"), "dependencies"), "dependency")) {
            managed.put(text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", ""),
                    text(dependency, "version", ""));
        }
        for (Project project : projects.values()) {
            String key = project.groupId + ":" + project.artifactId;
            boolean library = project.packaging.equals("jar");
            if (project.published() && library && !managed.containsKey(key)) {
                errors.add("the BOM does not manage the published artifact " + key + ": add it to bom/pom.xml");
            } else if (project.published() && library && !managed.get(key).equals(project.version)) {
                errors.add("the BOM manages " + key + " at " + managed.get(key) + ", not " + project.version);
            } else if (!project.published() && managed.containsKey(key)) {
                errors.add("the BOM manages " + key + ", which is not published");
            }
        }
        for (String library : BOM_MANAGED_LIBRARIES) {
            if (!managed.containsKey(library)) {
                errors.add("the BOM does not manage " + library + ", which users add beside our artifacts");
            }
        }
        // Every library a module uses, at the version the BOM gives users; every optional one managed.
        for (Project project : projects.values()) {
            if (project == bom) {
                continue;
            }
            for (Element dependency : children(child(project.pom, "dependencies"), "dependency")) {
                String key = text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", "");
                String scope = text(dependency, "scope", "compile");
                if (key.startsWith(bom.groupId + ":") || scope.equals("test") || scope.equals("provided")) {
                    continue;
                }
                String version = text(dependency, "version", "");
                if (managed.containsKey(key) && !managed.get(key).equals(version)) {
                    errors.add(project.artifactId + " uses " + key + ":" + version + " but the BOM gives users "
                            + managed.get(key) + ": keep bom/pom.xml's versions equal to the parent's");
                } else if (project.published() && text(dependency, "optional", "false").equals("true")
                        && !managed.containsKey(key)) {
                    errors.add(project.artifactId + " has the optional dependency " + key
                            + ", which users add themselves, but the BOM does not manage it");
                }
            }
        }
        if (!Files.isRegularFile(root.resolve("bom/pom.xml"))) {
            errors.add("no bom/pom.xml under " + root);
        }
    }

    // ---------------------------------------------------------------- input

    private void readBundle(Path bundle) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        if (files.isEmpty()) {
            fail(bundle + " is empty");
        }
    }

    private void readEffectivePoms(Path path) throws Exception {
        if (!Files.isRegularFile(path)) {
            fail("no effective POMs at " + path + "; run scripts/release-dry-run.sh first");
        }
        Element root = parse(Files.readAllBytes(path)).getDocumentElement();
        List<Element> poms = root.getLocalName().equals("project") ? List.of(root) : children(root, "project");
        for (Element pom : poms) {
            Project project = new Project(pom);
            projects.put(project.id(), project);
        }
    }

    private static Map<String, byte[]> entries(byte[] jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), entry.getName().endsWith(".json") ? zip.readAllBytes() : new byte[0]);
            }
        }
        return entries;
    }

    private Path importKey(Path key) throws Exception {
        if (!Files.isRegularFile(key)) {
            fail("no signing key at " + key);
        }
        Path home = Files.createTempDirectory("check-bundle-gnupg");
        Result result = run(List.of("gpg", "--homedir", home.toString(), "--batch", "--import", key.toString()), false);
        if (result.exit != 0) {
            fail("gpg could not import " + key + ": " + result.output);
        }
        return home;
    }

    // ---------------------------------------------------------------- helpers

    private record Project(Element pom, String groupId, String artifactId, String version, String packaging,
            boolean published) {

        Project(Element pom) {
            this(pom, text(pom, "groupId", ""), text(pom, "artifactId", ""), text(pom, "version", ""),
                    text(pom, "packaging", "jar"),
                    !text(child(pom, "properties"), "maven.deploy.skip", "false").trim().equals("true"));
        }

        String id() {
            return groupId + ":" + artifactId + ":" + version;
        }

        String directory() {
            return groupId.replace('.', '/') + "/" + artifactId + "/" + version;
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, boolean quiet) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(output);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(process.exitValue(), quiet ? "" : output.toString(StandardCharsets.UTF_8));
    }

    private static boolean isChecksum(String name) {
        return DIGESTS.stream().anyMatch(d -> name.endsWith("." + d));
    }

    private static String normalise(String url) {
        return url.trim().replaceFirst("^http://", "https://").replaceFirst("(\\.txt|\\.html)?/?$", "");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private static String text(Element parent, String name, String absent) {
        Element e = child(parent, name);
        return e == null ? absent : e.getTextContent().trim();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: CheckBundle --root DIR --bundle ZIP --effective-poms FILE [--signing-key KEY.asc]");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("missing option " + name);
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("check-bundle: " + message);
        System.exit(2);
    }
}
