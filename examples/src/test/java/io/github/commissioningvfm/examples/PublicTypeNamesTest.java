package io.github.commissioningvfm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.unitcosts.pssru.PssruProvider;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two public types of the library's modules (and the examples) share a simple name, so that an
 * on-demand import in JShell or an IDE never has to choose between two {@code Figure}s: top-level
 * types are unique, and no nested type takes the name of a top-level one. Nested types that are
 * always written with their owner, such as {@code Appraisal.Builder} and {@code UnitCosts.Builder},
 * may share a name among themselves. Types in {@code internal} packages are not API and are not
 * scanned.
 */
class PublicTypeNamesTest {

  private static final List<Class<?>> ONE_CLASS_PER_MODULE = List.of(Money.class, UnitCosts.class,
      PssruProvider.class, VfmResult.class, io.github.commissioningvfm.vfm.charts.VfmChart.class,
      WorkedExample.class);

  @Test
  void noTwoPublicTypesShareASimpleName() throws Exception {
    Map<String, List<String>> byName = new TreeMap<>();
    int count = 0;
    for (Class<?> anchor : ONE_CLASS_PER_MODULE) {
      for (Class<?> c : publicTypes(anchor)) {
        byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
        count++;
      }
    }
    Map<String, List<String>> shared = new TreeMap<>();
    byName.forEach((name, classes) -> {
      long topLevel = classes.stream().filter(c -> !c.contains("$")).count();
      if (topLevel > 1 || topLevel == 1 && classes.size() > 1) {
        shared.put(name, classes);
      }
    });
    assertTrue(count > 300, "scanned only " + count + " public types");
    assertEquals(Map.of(), shared, "public types sharing a simple name");
  }

  private static List<Class<?>> publicTypes(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    if (Files.isDirectory(location)) {
      collect(location, out);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        collect(jar.getPath("/"), out);
      }
    }
    return out;
  }

  private static void collect(Path root, List<Class<?>> out) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String relative = root.relativize(f).toString();
        if (relative.startsWith("META-INF") || relative.endsWith("package-info.class")
            || relative.endsWith("module-info.class")) {
          continue;
        }
        String name = relative.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        Class<?> c = load(name);
        if (isPublicApi(c)) {
          out.add(c);
        }
      }
    }
  }

  private static boolean isPublicApi(Class<?> c) {
    if (c.getPackageName().contains(".internal")) {
      return false; // internal packages are not API (docs/api-stability.md)
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicTypeNamesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException("cannot load " + name, e));
    }
  }
}
