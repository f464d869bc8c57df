package io.github.commissioningvfm.examples.synthetic;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticDataProperties {

  @Test
  void apportionAlwaysSumsToTheTotal() {
    qt().forAll(integers().between(0, 1_000_000), integers().between(1, 1000), integers().between(1, 1000),
        integers().between(1, 1000)).checkAssert((total, a, b, c) -> {
          int[] parts = Draws.apportion(total, List.of((double) a, (double) b, (double) c));
          int sum = parts[0] + parts[1] + parts[2];
          if (sum != total) {
            throw new AssertionError("parts " + List.of(parts[0], parts[1], parts[2]) + " sum to " + sum);
          }
        });
  }

  @Test
  void anySeedGivesTheRequestedNumberOfContactsInTheDeclaredYears() {
    SafeHavenSynthetic.Parameters standard = SafeHavenSynthetic.Parameters.standard();
    Set<String> years = standard.years().stream().map(Object::toString).collect(Collectors.toSet());
    qt().withExamples(30).forAll(longs().all(), integers().between(1, 3000)).checkAssert((seed, contacts) -> {
      List<SafeHavenSynthetic.Row> rows = SafeHavenSynthetic.generate(standard.withSeed(seed).withContacts(contacts));
      if (rows.size() != contacts || !rows.stream().allMatch(r -> years.contains(r.financialYear()))) {
        throw new AssertionError(rows.size() + " rows for " + contacts + " contacts, seed " + seed);
      }
    });
  }

  @Test
  void anySeedKeepsCypScoresOnTheScale() {
    CypSelfHelpSynthetic.Parameters standard = CypSelfHelpSynthetic.Parameters.standard();
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      for (CypSelfHelpSynthetic.Row r : CypSelfHelpSynthetic.generate(standard.withSeed(seed).withParticipants(200))) {
        for (String score : List.of(r.sdqInitial(), r.sdqFinal())) {
          if (!score.isEmpty() && !score.startsWith("#")) {
            int value = Integer.parseInt(score);
            if (value < 0 || value > 40) {
              throw new AssertionError("score " + value + " outside 0-40 with seed " + seed);
            }
          }
        }
      }
    });
  }
}
