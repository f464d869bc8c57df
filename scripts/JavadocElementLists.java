import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a javadoc {@code element-list} for each named module of this build, listing the packages
 * its javadoc documents: every package under {@code src/main/java} that holds a type, except
 * packages named {@code internal} (which the javadoc configuration excludes).
 *
 * <p>The parent POM runs this before any module is built, so that every module's javadoc can link
 * to its sibling modules offline, whatever the build order. Usage:
 * {@code java scripts/JavadocElementLists.java <root> <output-dir> <module-dir>...}; the list of
 * module {@code a/b} is written to {@code <output-dir>/b/element-list}.
 */
public final class JavadocElementLists {

    private JavadocElementLists() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: JavadocElementLists <root> <output-dir> <module-dir>...");
        }
        Path root = Path.of(args[0]);
        Path output = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            Path module = root.resolve(args[i]);
            Path sources = module.resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                throw new IllegalArgumentException("module " + args[i] + " has no " + sources);
            }
            Path list = output.resolve(module.getFileName().toString()).resolve("element-list");
            Files.createDirectories(list.getParent());
            Files.writeString(list, String.join("\n", packages(sources)) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static TreeSet<String> packages(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> types = files
                    .filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .collect(Collectors.toList());
            TreeSet<String> names = new TreeSet<>();
            for (Path type : types) {
                String name = sources.relativize(type.getParent()).toString().replace(type.getFileSystem().getSeparator(), ".");
                if (!name.isEmpty() && !List.of(name.split("\\.")).contains("internal")) {
                    names.add(name);
                }
            }
            return names;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
