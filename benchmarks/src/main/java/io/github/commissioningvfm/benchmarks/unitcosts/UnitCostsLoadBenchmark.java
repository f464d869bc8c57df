package io.github.commissioningvfm.benchmarks.unitcosts;

import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and verifying every bundled edition (reading each file, checking its SHA-256 and row
 * count, parsing and validating every row) into a fresh catalogue. Target: under 100 ms.
 *
 * <p>{@code coldLoad} runs once per fresh JVM (single shot, no warm-up), as an application's
 * first call to {@code UnitCosts.standard()} does; {@code warmLoad} is the same work after JIT
 * warm-up. Editions of providers on the class path that declare themselves standard data (such
 * as unit-costs-pssru) are included when present.
 */
public class UnitCostsLoadBenchmark {

  /**
   * Builds a fresh catalogue of the standard editions in a new JVM.
   *
   * @return the catalogue
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public UnitCosts coldLoad() {
    return UnitCosts.builder().withStandardProviders().build();
  }

  /**
   * Builds a fresh catalogue of the standard editions after warm-up.
   *
   * @return the catalogue
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public UnitCosts warmLoad() {
    return UnitCosts.builder().withStandardProviders().build();
  }
}
