package io.github.commissioningvfm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of the repository's README runs in JShell after {@code startup.jsh}, in
 * the order a reader meets them, in one session: a snippet that no longer compiles or throws fails
 * the build, naming its line in the README.
 */
class ReadmeJShellTest {

  private static final Path README = Path.of("..", "README.md");

  @TempDir
  Path blocks;

  @Test
  void everyJavaBlockOfTheReadmeRunsInJShell() throws IOException {
    List<Path> scripts = new ArrayList<>();
    scripts.add(JShellScriptsTest.STARTUP);
    for (Block b : javaBlocks(Files.readAllLines(README, StandardCharsets.UTF_8))) {
      Path script = blocks.resolve("README.md-line-" + b.line() + ".jsh");
      Files.writeString(script, b.source(), StandardCharsets.UTF_8);
      scripts.add(script);
    }
    assertTrue(scripts.size() > 5, "the README has java blocks: " + scripts);
    String printed = JShellScriptsTest.runScripts(scripts);
    assertTrue(printed.contains("back per £1; net ROI"), printed);
    assertFalse(printed.matches("(?s).*[A-Za-z]@[0-9a-f]{5,}.*"), "every printed value is readable: " + printed);
  }

  @Test
  void startupImportsEveryPublicPackage() throws IOException {
    String startup = Files.readString(JShellScriptsTest.STARTUP, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    List<Path> packageInfos;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      packageInfos = files.filter(p -> p.getFileName().toString().equals("package-info.java"))
          .filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/"))
          .filter(p -> !p.toString().replace('\\', '/').contains("/target/"))   // build copies of the sources
          .filter(p -> !p.startsWith(Path.of("..", "benchmarks"))).toList();   // benchmarks are not a user's API
    }
    for (Path info : packageInfos) {
      String path = info.toString().replace('\\', '/');
      String pkg = path.substring(path.indexOf("/src/main/java/") + 15, path.lastIndexOf('/')).replace('/', '.');
      if (!pkg.contains(".internal") && !startup.contains("import " + pkg + ".*;")) {
        missing.add(pkg);
      }
    }
    assertTrue(packageInfos.size() > 40, "public packages found: " + packageInfos.size());
    assertEquals(List.of(), missing, "public packages startup.jsh does not import");
  }

  @Test
  void blocksAreFoundWithTheLineTheyStartOn() {
    List<Block> found = javaBlocks(List.of("text", "```java", "int a = 1;", "```", "```sh", "ls", "```",
        "```java", "int b = a;", "```"));
    assertEquals(List.of(new Block(2, "int a = 1;\n"), new Block(8, "int b = a;\n")), found);
  }

  /** A fenced java block: the README line of its opening fence (1-based) and its source. */
  record Block(int line, String source) {
  }

  static List<Block> javaBlocks(List<String> lines) {
    List<Block> out = new ArrayList<>();
    StringBuilder source = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (source == null && line.strip().equals("```java")) {
        source = new StringBuilder();
        start = i + 1;
      } else if (source != null && line.strip().equals("```")) {
        out.add(new Block(start, source.toString()));
        source = null;
      } else if (source != null) {
        source.append(line).append('\n');
      }
    }
    return out;
  }
}
