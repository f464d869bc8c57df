package io.github.commissioningvfm.benchmarks.outcomes;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.regression.DesignSpec;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsRegression;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsResult;
import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation;
import io.github.commissioningvfm.vfm.outcomes.value.VfmAnalysis;
import io.github.commissioningvfm.vfm.outcomes.value.ValueForMoney;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Clean, change, VfM and OLS (with gender and pathway dummies) over loaded participant rows.
 * Target: under 2 s for 1,000,000 rows on 2 cores with a 512 MB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class OutcomePipelineBenchmark {

  /** Rows generated. */
  @Param({"1000000"})
  public int rows;

  private ParticipantData data;

  /** Generates the rows once. */
  @Setup
  public void setUp() {
    data = SyntheticParticipants.generate(rows, 20250611L);
  }

  /**
   * The whole pipeline.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void cleanChangeVfmOls(Blackhole bh) {
    ChangeResult change = ChangeAnalysis.of(Cleaner.standard().clean(data));
    ValueForMoney vfm = VfmAnalysis.of(change, Cost.of("2500000.00", "2024/25"), CostAllocation.perSession());
    OlsResult ols = OlsRegression.fit(change, DesignSpec.of(DesignSpec.Response.RAW_CHANGE)
        .withCategory("gender", "F").withCategory("pathway", "Anxiety"));
    bh.consume(vfm);
    bh.consume(ols);
  }
}
