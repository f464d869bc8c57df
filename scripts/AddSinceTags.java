import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Adds {@code @since VERSION} to the javadoc of every public top-level type under the given source
 * folders that has none, skipping {@code internal} packages (not API). A type without javadoc gets
 * one holding only the tag. Running it again changes nothing.
 *
 * <p>Usage: {@code java scripts/AddSinceTags.java VERSION DIR...}, for example
 * {@code java scripts/AddSinceTags.java 0.2.0 vfm-charts/src/main/java}.
 */
public final class AddSinceTags {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+((final|abstract|sealed|non-sealed|strictfp)\\s+)*(class|interface|enum|record|@interface)\\s.*");

    private AddSinceTags() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: AddSinceTags VERSION DIR...");
        }
        String tag = " * @since " + args[0];
        int changed = 0;
        for (int i = 1; i < args.length; i++) {
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                sources = walk.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().contains("-info.java"))
                        .filter(p -> !p.toString().matches(".*[/\\\\]internal([/\\\\].*)?"))
                        .sorted().toList();
            }
            for (Path source : sources) {
                if (addTag(source, tag)) {
                    changed++;
                }
            }
        }
        System.out.println("@since added to " + changed + " type(s)");
    }

    private static boolean addTag(Path source, String tag) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
        int declaration = -1;
        for (int i = 0; i < lines.size() && declaration < 0; i++) {
            if (PUBLIC_TYPE.matcher(lines.get(i)).matches()) {
                declaration = i;
            }
        }
        if (declaration < 0) {
            return false;
        }
        int end = declaration - 1;
        while (end >= 0 && lines.get(end).startsWith("@")) {
            end--; // annotations between the javadoc and the declaration
        }
        int insertAt = end + 1;
        if (end < 0 || !lines.get(end).trim().endsWith("*/")) {
            lines.addAll(insertAt, List.of("/**", tag, " */"));
        } else {
            int start = end;
            while (start > 0 && !lines.get(start).trim().startsWith("/**")) {
                start--;
            }
            List<String> javadoc = lines.subList(start, end + 1);
            if (javadoc.stream().anyMatch(l -> l.contains("@since"))) {
                return false;
            }
            if (start == end) { // a one-line javadoc: /** Text. */
                String text = lines.get(end).trim().replaceFirst("^/\\*\\*\\s*", "").replaceFirst("\\s*\\*/$", "");
                lines.subList(start, end + 1).clear();
                lines.addAll(start, List.of("/**", " * " + text, " *", tag, " */"));
            } else {
                boolean hasBlockTags = javadoc.stream().anyMatch(l -> l.trim().startsWith("* @"));
                lines.addAll(end, hasBlockTags ? List.of(tag) : List.of(" *", tag));
            }
        }
        String text = String.join("\n", lines) + "\n";
        Files.writeString(source, text, StandardCharsets.UTF_8);
        return true;
    }
}
