package io.github.commissioningvfm.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every script under src/main/jshell through the JShell API, after startup.jsh. */
class JShellScriptsTest {

  private static final Path SCRIPTS = Path.of("src", "main", "jshell");
  static final Path STARTUP = SCRIPTS.resolve("startup.jsh");

  @TestFactory
  Stream<DynamicTest> everyScriptCompletesWithoutError() throws IOException {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      scripts = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
    }
    assertTrue(scripts.contains(STARTUP), "startup.jsh exists");
    return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      String printed = runScripts(script.equals(STARTUP) ? List.of(STARTUP) : List.of(STARTUP, script));
      assertFalse(printed.isBlank(), "the script prints something readable");
    }));
  }

  @Test
  void aFailingSnippetIsReportedWithItsSource() throws IOException {
    Path broken = Files.createTempFile("broken", ".jsh");
    Files.writeString(broken, "int x = 1;\nString s = x;\n");
    AssertionError error = assertThrows(AssertionError.class, () -> runScripts(List.of(broken)));
    assertTrue(error.getMessage().contains("rejected: String s = x;"), error.getMessage());
    Files.delete(broken);
  }

  /** Evaluates the scripts snippet by snippet in one JShell; fails on a rejected snippet or an exception. */
  static String runScripts(List<Path> scripts) throws IOException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
      for (String entry : classPath().split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          shell.addToClasspath(entry);
        }
      }
      System.setOut(capture);
      for (Path script : scripts) {
        evaluate(shell, script);
      }
    } finally {
      System.setOut(originalOut);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static void evaluate(JShell shell, Path script) throws IOException {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = Files.readString(script);
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (!info.completeness().isComplete()) {
        fail(script.getFileName() + ": incomplete snippet: " + remaining.strip());
      }
      String source = info.source();
      remaining = info.remaining();
      if (source == null || source.isBlank()) {
        continue;
      }
      for (SnippetEvent event : shell.eval(source)) {
        if (event.status() == Snippet.Status.REJECTED) {
          String diagnostics = shell.diagnostics(event.snippet()).map(d -> d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("; "));
          fail(script.getFileName() + ": rejected: " + source.strip() + " -> " + diagnostics);
        }
        if (event.exception() != null) {
          fail(script.getFileName() + ": threw " + event.exception() + " in: " + source.strip());
        }
      }
    }
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
