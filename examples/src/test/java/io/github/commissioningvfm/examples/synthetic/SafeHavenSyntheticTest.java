package io.github.commissioningvfm.examples.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SafeHavenSyntheticTest {

  private final SafeHavenSynthetic.Parameters standard = SafeHavenSynthetic.Parameters.standard();
  private final List<SafeHavenSynthetic.Row> rows = SafeHavenSynthetic.generate(standard);

  @Test
  void hasThePublishedNumberOfContactsOverFiveYears() {
    // 13,409 contacts over five financial years (domain.md section 6, Sever 2025).
    assertEquals(13_409, rows.size());
    assertEquals(Set.of("2020/21", "2021/22", "2022/23", "2023/24", "2024/25"),
        rows.stream().map(SafeHavenSynthetic.Row::financialYear).collect(Collectors.toSet()));
  }

  @Test
  void aboutSixtyNinePercentOfContactsAreByPhone() {
    // "about 69% by phone" (domain.md section 6): 13,409 draws at p = 0.69 have a standard error of
    // sqrt(0.69 x 0.31 / 13409) = 0.004, so 0.69 +/- 0.02 is five standard errors.
    double phone = rows.stream().filter(r -> r.contactMode().equals("phone")).count() / (double) rows.size();
    assertEquals(0.69, phone, 0.02);
  }

  @Test
  void alternativesAreTheEightPublishedAnswersOrBlank() {
    Set<String> seen = new TreeSet<>(rows.stream().map(SafeHavenSynthetic.Row::alternative).toList());
    Set<String> expected = new TreeSet<>(SafeHavenSynthetic.ALTERNATIVES);
    expected.add("");
    assertEquals(expected, seen);
    assertEquals(Set.of("yes", "no"), rows.stream().map(SafeHavenSynthetic.Row::attended).collect(Collectors.toSet()));
  }

  @Test
  void participantsHaveOneToEightContactsAndIdsAreUnique() {
    Map<String, Integer> perParticipant = new HashMap<>();
    for (SafeHavenSynthetic.Row r : rows) {
      perParticipant.merge(r.participantId(), 1, Integer::sum);
    }
    assertTrue(perParticipant.values().stream().allMatch(n -> n >= 1 && n <= 8));
    assertEquals(rows.size(), rows.stream().map(SafeHavenSynthetic.Row::contactId).distinct().count());
  }

  @Test
  void isReproducible() {
    assertEquals(rows, SafeHavenSynthetic.generate(standard));
    assertEquals(10, SafeHavenSynthetic.toCsv(rows.subList(0, 9)).split("\r\n").length);
  }

  @Test
  void programmeCostMustBeInEachYearsOwnPrices() {
    Map<FinancialYear, Cost> costs = new HashMap<>(standard.programmeCost());
    costs.put(FinancialYear.parse("2020/21"), Cost.of("1000", "2024/25"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SafeHavenSynthetic.Parameters(1, 10, standard.years(), standard.yearShares(), 0.69, 0.04, 0.06,
            0.09, standard.alternativeWeights(), costs));
    assertEquals("Argument 'programmeCost' must be in each year's own prices (2020/21): £1,000.00 (2024/25 prices)",
        e.getMessage());
  }
}
