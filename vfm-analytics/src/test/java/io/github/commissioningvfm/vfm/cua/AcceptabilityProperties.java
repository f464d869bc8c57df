package io.github.commissioningvfm.vfm.cua;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AcceptabilityProperties {

  @Test
  void aStrategyDominatedInEverySimulationHasAcceptabilityZero() {
    qt().withExamples(200).forAll(longs().all(), doubles().between(0, 1e6)).check((seed, lambda) -> {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 1 + r.nextInt(500);
      double[][] costs = new double[3][n];
      double[][] effects = new double[3][n];
      for (int i = 0; i < n; i++) {
        for (int s = 0; s < 2; s++) {
          costs[s][i] = r.nextDouble(0, 1e5);
          effects[s][i] = r.nextDouble(0, 20);
        }
        // "worse" costs more and achieves less than "b" in every simulation
        costs[2][i] = costs[1][i] + r.nextDouble(1e-3, 1e4);
        effects[2][i] = effects[1][i] - r.nextDouble(1e-3, 2);
      }
      Simulations sims = Simulations.of(List.of("a", "b", "worse"), costs, effects, Map.of());
      double p = ProbabilisticAnalysis.of(sims).acceptability(lambda).get(0).probabilityBest().get("worse");
      return p == 0;
    });
  }

  @Test
  void acceptabilitySumsToOne() {
    qt().withExamples(100).forAll(longs().all(), doubles().between(0, 1e6)).check((seed, lambda) -> {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 1 + r.nextInt(300);
      int k = 1 + r.nextInt(5);
      double[][] costs = new double[k][n];
      double[][] effects = new double[k][n];
      String[] names = new String[k];
      for (int s = 0; s < k; s++) {
        names[s] = "s" + s;
        for (int i = 0; i < n; i++) {
          costs[s][i] = r.nextDouble(0, 1e5);
          effects[s][i] = r.nextDouble(0, 20);
        }
      }
      double sum = ProbabilisticAnalysis.of(Simulations.of(List.of(names), costs, effects, Map.of()))
          .acceptability(lambda).get(0).probabilityBest().values().stream().mapToDouble(Double::doubleValue).sum();
      return Math.abs(sum - 1) < 1e-12;
    });
  }
}
