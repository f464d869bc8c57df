package io.github.commissioningvfm.examples.vcse;

import static io.github.commissioningvfm.examples.ReportAssertions.assertMoney;
import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.model.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the vcse-bid example, with its figures worked by hand from the stated (illustrative) inputs. */
class VcseBidExampleTest {

  @TempDir
  static Path reports;
  static JsonNode result;
  static String report;

  @BeforeAll
  static void runMain() throws IOException {
    VcseBidExample.main(new String[] {reports.toString()});
    Path folder = reports.resolve("vcse-bid");
    result = assertReportFolder(folder, List.of("item", "value", "unit", "note"));
    io.github.commissioningvfm.examples.ReportAssertions.assertBoardReady(folder);
    report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
  }

  @Test
  void fullCostIsDirectPlusOverheadVolunteerSupportAndBackfill() {
    // direct 150,000 + 1,000 x 40 = 190,000; overhead 12% = 22,800; 24 x 600 = 14,400; 120 x 28 = 3,360.
    JsonNode cost = result.get("full_cost_expected");
    assertMoney(Money.ofPounds(190_000), cost.get("direct"), "direct");
    assertMoney(Money.ofPounds(22_800), cost.get("overhead"), "overhead");
    assertMoney(Money.ofPounds(14_400), cost.get("volunteer_support"), "volunteers");
    assertMoney(Money.ofPounds(3_360), cost.get("backfill"), "backfill");
    assertMoney(Money.ofPounds(230_560), cost.get("total"), "full cost");
  }

  @Test
  void surplusOrSubsidyAtEachActivityLevel() {
    // full cost = 185,760 + 44.80 v: 217,120 / 230,560 / 244,000 at 700 / 1,000 / 1,300.
    JsonNode options = result.get("options");
    assertMoney(Money.ofPounds(9_440), options.get(0).get("expected").get("surplus"), "block expected");
    assertMoney(Money.ofPounds(4_000), options.get(0).get("high").get("subsidy"), "block high");
    // 700 x 225 = 157,500 against 217,120.
    assertMoney(Money.ofPounds(59_620), options.get(1).get("low").get("subsidy"), "per case low");
    assertMoney(Money.ofPounds(48_500), options.get(1).get("high").get("surplus"), "per case high");
    assertMoney(Money.ofPounds(560), options.get(2).get("expected").get("subsidy"), "grant expected");
    // 225 v >= 185,760 + 44.8 v from v = 1,030.85; the block covers cost to 54,240 / 44.8 = 1,210.7.
    assertEquals(1_031, options.get(1).get("break_even_lowest").asLong());
    assertEquals(1_210, options.get(0).get("break_even_highest").asLong());
  }

  @Test
  void theGrantArrivesFirstAndCostPerCaseNeedsWorkingCapital() {
    JsonNode options = result.get("options");
    assertMoney(Money.ofPounds(230_000), options.get(2).get("cash_flow_expected").get(0).get("amount"), "grant Q1");
    assertMoney(Money.ZERO, options.get(0).get("working_capital_need"), "block");
    // 230,560 spent evenly against 56,250 a quarter from Q2: shortfall at Q4 230,560 - 168,750 = 61,810.
    assertMoney(Money.ofPounds(61_810), options.get(1).get("working_capital_need"), "per case");
  }

  @Test
  void worthBiddingIsProbabilityTimesNetValueLessTheBidCost() {
    JsonNode options = result.get("options");
    // block: 3 x 9,440 = 28,320 - (168 + 1,120 + 3 x 2,352) = 19,976; 35% = 6,991.60 - 1,904 = 5,087.60.
    assertMoney(Money.ofPounds(19_976), options.get(0).get("net_if_won"), "block net");
    assertMoney(Money.of("5087.60"), options.get(0).get("expected_value"), "block EV");
    assertTrue(options.get(0).get("worth_bidding").asBoolean());
    // per case: 3 x -5,560 - (1,288 + 3 x 3,024) = -27,040; 35% = -9,464 - 1,904 = -11,368.
    assertMoney(Money.ofPounds(-11_368), options.get(1).get("expected_value"), "per case EV");
    assertFalse(options.get(1).get("worth_bidding").asBoolean());
    // grant: 3 x -560 - (1,120 + 3 x 532) = -4,396; 50% = -2,198 - 672 = -2,870.
    assertMoney(Money.ofPounds(-2_870), options.get(2).get("expected_value"), "grant EV");
    // commissioner, block: 2,400 + 400 + 1,600 + 320 + 3 x 1,920 = 10,480 over 720,000 = 1.46%.
    assertMoney(Money.ofPounds(10_480), options.get(0).get("commissioner_transaction_cost"), "commissioner");
    assertEquals(0, new BigDecimal("0.0146").compareTo(options.get(0).get("commissioner_cost_per_pound_awarded")
        .decimalValue()));
  }

  @Test
  void profileAndCycleFindings() {
    // 120,000 / 300,000 = 40% now; (120,000 + 240,000) / 540,000 = 66.67% if the block is won.
    assertEquals(0, new BigDecimal("0.4").compareTo(result.get("profile").get("icb_share").decimalValue()));
    assertEquals(0, new BigDecimal("0.6667").compareTo(result.get("profile").get("icb_share_if_block_won")
        .decimalValue()));
    // 3 November to 24 November is 21 days, under four weeks.
    assertEquals(2, result.get("findings").size());
    assertTrue(result.get("findings").get(1).asText().startsWith("SHORT_BID_WINDOW: bid window of 21 days"));
    assertTrue(report.contains("Sheaff et al. (2024), HSDR 12(39)"), "the study is cited");
    assertTrue(report.contains("Illustrative figures"), "figures are labelled illustrative");
  }
}
