package io.github.commissioningvfm.benchmarks.unitcosts;

import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Looking up one unit cost by key. Target: under 100 ns. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UnitCostLookupBenchmark {

  private UnitCosts costs;
  private UnitCostTable ncc;
  private String key;

  /** Loads the standard catalogue once. */
  @Setup
  public void setUp() {
    costs = UnitCosts.standard();
    ncc = costs.latest("ncc");
    key = new String("ncc.mh-care-contact.a21-crisis-cafe-safe-haven".toCharArray());
  }

  /**
   * Looks a key up in one edition.
   *
   * @return the row
   */
  @Benchmark
  public UnitCost lookupInEdition() {
    return ncc.get(key);
  }

  /**
   * Looks a key up in the catalogue (newest edition that has it).
   *
   * @return the row
   */
  @Benchmark
  public UnitCost lookupInCatalogue() {
    return costs.get(key);
  }
}
