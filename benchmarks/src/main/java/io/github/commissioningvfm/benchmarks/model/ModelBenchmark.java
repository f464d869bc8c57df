package io.github.commissioningvfm.benchmarks.model;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Blended;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.OutcomeBased;
import io.github.commissioningvfm.model.payment.OutcomeTrigger;
import io.github.commissioningvfm.model.payment.PaymentStatement;
import io.github.commissioningvfm.model.payment.VolumeBand;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.rate.Proportion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Time to price a blended arrangement, compare five options, and read a 2,000-event history. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBenchmark {

  private Blended blended;
  private ActivityReport report;
  private List<PaymentOption> options;
  private ActivityScenarios scenarios;
  private CommissioningHistory history;

  /** Builds the inputs once. */
  @Setup
  public void setUp() {
    Money value = Money.ofPounds(240_000);
    OutcomeBased outcomes = new OutcomeBased(value, Proportion.ofPercent("20"),
        List.of(new OutcomeTrigger("t", "t", Proportion.ALL)));
    CapAndCollar capCollar = new CapAndCollar(value, new VolumeBand(1_800, 2_200), Money.ofPounds(100),
        Money.ofPounds(36_000));
    blended = Blended.of(new Block(Money.ofPounds(180_000)), new CostPerCase(Money.ofPounds(30)), outcomes);
    report = ActivityReport.ofVolume(2_137);
    options = List.of(new PaymentOption("block", new Block(value)), new PaymentOption("cap and collar", capCollar),
        new PaymentOption("cost per case", new CostPerCase(Money.ofPounds(120))),
        new PaymentOption("outcome-based", outcomes), new PaymentOption("blended", blended));
    scenarios = ActivityScenarios.ofVolumes(1_500, 2_000, 2_500);
    EventType[] types = EventType.values();
    List<CommissioningEvent> events = new ArrayList<>();
    LocalDate start = LocalDate.of(2010, 4, 1);
    for (int i = 0; i < 2_000; i++) {
      events.add(new CommissioningEvent("cycle " + (i % 20), start.plusDays(i * 3L), types[(i * 7) % types.length],
          ""));
    }
    history = new CommissioningHistory("service", events);
  }

  /**
   * Prices a three-part blended arrangement.
   *
   * @return the statement
   */
  @Benchmark
  public PaymentStatement blendedStatement() {
    return blended.statement(report);
  }

  /**
   * Compares five options at three activity levels.
   *
   * @return the view
   */
  @Benchmark
  public CommissionerRiskView riskView() {
    return CommissionerRiskView.of(options, scenarios);
  }

  /**
   * Reports the findings of a 2,000-event history over 20 cycles.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> historyFindings() {
    return history.findings();
  }
}
