package io.github.commissioningvfm.vfm.pricebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of commissioning-model, unit-costs and vfm-analytics that takes
 * two or more costs (a {@code Cost} or {@code BigMoney} parameter, an {@code Optional<Cost>}, a
 * {@code List<Cost>}, or the {@code Cost} it is called on) refuses costs in different price bases with
 * {@link PriceBaseMismatchException}. {@code BigMoney} has no price base, so a method whose amounts are
 * all {@code BigMoney} cannot mix bases and is only counted.
 */
class PriceBaseMixingTest {

  private static final FinancialYear A = FinancialYear.parse("2024/25");
  private static final FinancialYear B = FinancialYear.parse("2019/20");

  @Test
  void everyPublicWayToCombineCostsRefusesMixedPriceBases() throws Exception {
    List<Executable> checked = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Class<?> anchor : List.of(Cost.class, UnitCosts.class, VfmResult.class)) {
      for (Class<?> c : publicClasses(anchor)) {
        List<Executable> all = new ArrayList<>(List.of(c.getConstructors()));
        for (Method m : c.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
            all.add(m);
          }
        }
        for (Executable e : all) {
          if (costs(e) >= 2) {
            checked.add(e);
            String problem = check(e);
            if (problem != null) {
              failures.add(e + ": " + problem);
            }
          }
        }
      }
    }
    assertTrue(checked.size() >= 15, "found only " + checked);
    assertEquals(List.of(), failures);
  }

  @Test
  void roiFiguresRefuseRatiosThatDoNotFollowFromTheAmounts() {
    Cost investment = Cost.of("100000", "2024/25");
    Cost benefits = Cost.of("130000", "2024/25");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new io.github.commissioningvfm.vfm.roi.RoiFigures("x", investment, benefits,
            new Figure.Ratio(new BigDecimal("2")), new Figure.Ratio(BigDecimal.ONE)));
    assertEquals("Argument 'roiRatio' must follow from the amounts (1.300): 2.000", e.getMessage());
    PriceBaseMismatchException mixed = org.junit.jupiter.api.Assertions.assertThrows(PriceBaseMismatchException.class,
        () -> io.github.commissioningvfm.vfm.roi.RoiFigures.of("x", investment, Cost.of("130000", "2019/20")));
    assertTrue(mixed.getMessage().startsWith("Cannot combine in ROI figures a cost in 2019/20 prices and a cost in "
        + "2024/25 prices"), mixed.getMessage());
  }

  /** How many costs an executable combines: Cost and BigMoney parameters, Optional<Cost>, two per List<Cost>. */
  private static int costs(Executable e) {
    int n = e instanceof Method m && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Cost.class
        ? 1 : 0;
    Type[] types = e.getGenericParameterTypes();
    for (Type t : types) {
      if (t == Cost.class || t == BigMoney.class) {
        n++;
      } else if (t instanceof ParameterizedType p && p.getActualTypeArguments()[0] == Cost.class) {
        n += p.getRawType() == Optional.class ? 1 : 2;
      }
    }
    return n;
  }

  /** Calls the executable with one cost in base A and the others in base B; null if it refused them. */
  private static String check(Executable e) throws Exception {
    boolean onlyBigMoney = Stream.of(e.getParameterTypes()).noneMatch(t -> t == Cost.class)
        && Stream.of(e.getGenericParameterTypes()).noneMatch(t -> t instanceof ParameterizedType)
        && !(e.getDeclaringClass() == Cost.class);
    if (onlyBigMoney) {
      return null; // BigMoney carries no price base
    }
    boolean costReceiver = e instanceof Method m0 && !Modifier.isStatic(m0.getModifiers())
        && e.getDeclaringClass() == Cost.class;
    boolean[] first = {!costReceiver};
    Type[] types = e.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = sample(types[i], first);
      if (args[i] == null) {
        return "no sample argument for parameter type " + types[i].getTypeName();
      }
    }
    try {
      if (e instanceof Constructor<?> c) {
        c.newInstance(args);
      } else {
        Method m = (Method) e;
        Object receiver = Modifier.isStatic(m.getModifiers()) ? null : receiver(m.getDeclaringClass());
        if (!Modifier.isStatic(m.getModifiers()) && receiver == null) {
          return "no sample receiver";
        }
        m.invoke(receiver, args);
      }
      return "accepted costs in " + A + " and " + B + " prices";
    } catch (InvocationTargetException x) {
      if (x.getCause() instanceof PriceBaseMismatchException) {
        return null;
      }
      return "threw " + x.getCause();
    }
  }

  private static Object receiver(Class<?> type) {
    if (type == Cost.class) {
      return Cost.of("1", A.toString());
    }
    if (type == io.github.commissioningvfm.vfm.cea.CeaStrategy.class) {
      return io.github.commissioningvfm.vfm.cea.CeaStrategy.standard();
    }
    return type == DiscountSchedule.class ? DiscountSchedule.none() : null;
  }

  private static Object sample(Type type, boolean[] first) {
    if (type == Cost.class) {
      FinancialYear base = first[0] ? A : B;
      first[0] = false;
      return Cost.of("100", base.toString());
    }
    if (type instanceof ParameterizedType p) {
      Type arg = p.getActualTypeArguments()[0];
      if (p.getRawType() == Optional.class) {
        return arg == Cost.class ? Optional.of(Cost.of("100", B.toString())) : Optional.empty();
      }
      if (p.getRawType() == List.class || p.getRawType() == java.util.Collection.class) {
        if (arg == Cost.class) {
          first[0] = false;
          return List.of(Cost.of("100", A.toString()), Cost.of("100", B.toString()));
        }
        return arg == BigDecimal.class ? List.of(BigDecimal.ONE, BigDecimal.ONE) : List.of();
      }
      return null;
    }
    if (type == BigMoney.class) {
      return BigMoney.of("100");
    }
    if (type == String.class) {
      return "x";
    }
    if (type == int.class || type == long.class) {
      return type == int.class ? (Object) 1 : (Object) 1L;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == FinancialYear.class) {
      return A;
    }
    if (type == Figure.class) {
      return new Figure.Undefined("sample");
    }
    if (type == Provenance.class) {
      return Provenance.userSupplied("sample");
    }
    if (type == DiscountSchedule.class) {
      return DiscountSchedule.none();
    }
    if (type instanceof Class<?> c && c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    return null;
  }

  private static List<Class<?>> publicClasses(Class<?> anchor) throws Exception {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return classes(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return classes(jar.getPath("/"));
    }
  }

  private static List<Class<?>> classes(Path root) throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String relative = root.relativize(f).toString();
        if (relative.startsWith("META-INF") || relative.contains("package-info") || relative.contains("module-info")) {
          continue;
        }
        Class<?> c = Class.forName(relative.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""), false,
            PriceBaseMixingTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass()) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
