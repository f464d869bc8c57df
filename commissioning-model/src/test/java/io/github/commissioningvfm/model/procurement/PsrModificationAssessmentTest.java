package io.github.commissioningvfm.model.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rule.RuleStep;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Modifying a contract during its term, worked by hand from SI 2023/1348 reg 13(1) and 13(2), as
 * made, legislation.gov.uk, and NHS England, "Provider Selection Regime: contract modifications"
 * (accessible text of the flowchart): processes A and B first, then grounds (a) to (d) of 13(1),
 * and a transparency notice for a permitted modification of GBP 500,000 or more.
 */
class PsrModificationAssessmentTest {

  /** A contract won in a competition, changed by the authority's decision. */
  private static PsrModificationAssessment authorityChange(long original, String cumulative) {
    return PsrModificationAssessment.of(PsrModification.builder(ProcurementRoute.COMPETITIVE_PROCESS)
        .attributableToAuthority(true).lifetimeValue(Money.ofPounds(original), Money.of(cumulative)).build());
  }

  private static RuleStep last(PsrModificationAssessment a) {
    return a.path().get(a.path().size() - 1);
  }

  private static String valueAnswer(PsrModificationAssessment a) {
    return a.path().stream().filter(s -> s.question().startsWith("Is the cumulative change")).findFirst()
        .orElseThrow().answer();
  }

  @Test
  void aRiseBelowHalfAMillionIsPermittedUnderDWithoutANotice() {
    // SI 2023/1348 reg 13(2)(b), as made, legislation.gov.uk: GBP 400,000 on a GBP 1,000,000
    // contract is below GBP 500,000 (13(2)(b)(i)), so ground (d) permits it whatever the share
    // (40%). Flowchart: 400,000 is under 500,000, so no transparency notice.
    PsrModificationAssessment a = authorityChange(1_000_000, "400000");
    assertTrue(a.permitted());
    assertEquals(Optional.of(ModificationGround.AUTHORITY_DECISION), a.ground());
    assertFalse(a.transparencyNoticeRequired());
    assertEquals("permitted without a new procurement process: attributable to the authority's decision, not "
        + "materially different in character and within the value limits", a.reason());
    assertEquals("Yes: a cumulative rise of £400,000.00 is below £500,000.00; permitted under regulation 13(1)(d).",
        valueAnswer(a));
    assertEquals("No: the modification makes a rise of £400,000.00 in lifetime value, under £500,000.00.",
        last(a).answer());
    assertEquals("psr.nhse-modifications.notice", last(a).rule().key());
  }

  @Test
  void aRiseOfFifteenPerCentIsPermittedUnderDWithANotice() {
    // SI 2023/1348 reg 13(2)(b), as made, legislation.gov.uk: GBP 600,000 on GBP 4,000,000 is not
    // below GBP 500,000, but 600,000 / 4,000,000 = 15% < 25% (13(2)(b)(ii)): permitted under (d).
    // Flowchart: 600,000 is GBP 500,000 or more, so a transparency notice must be published.
    PsrModificationAssessment a = authorityChange(4_000_000, "600000");
    assertEquals(Optional.of(ModificationGround.AUTHORITY_DECISION), a.ground());
    assertTrue(a.transparencyNoticeRequired());
    assertEquals("Yes: a cumulative rise of £600,000.00 is not below £500,000.00 but is 15.00% of the original "
        + "lifetime value of £4,000,000.00, less than 25%; permitted under regulation 13(1)(d).", valueAnswer(a));
    assertEquals("Yes: the modification makes a rise of £600,000.00 in lifetime value, £500,000.00 or more.",
        last(a).answer());
  }

  @Test
  void aRiseOfThirtyPerCentAboveHalfAMillionIsNotPermitted() {
    // SI 2023/1348 reg 13(2)(b), as made, legislation.gov.uk: GBP 600,000 on GBP 2,000,000 is
    // neither below GBP 500,000 nor below 25% (it is 30%): (d) fails and no other ground applies.
    PsrModificationAssessment a = authorityChange(2_000_000, "600000");
    assertFalse(a.permitted());
    assertEquals(Optional.empty(), a.ground());
    assertFalse(a.transparencyNoticeRequired());
    assertEquals("not permitted without a new procurement process: not provided for in the contract documents "
        + "(13(1)(a)); not solely a change in the provider's identity (13(1)(b)); not a response to external "
        + "factors (13(1)(c)); attributable to the authority's decision, but a cumulative rise of £600,000.00 is not "
        + "below £500,000.00 and is 30.00% of the original lifetime value of £2,000,000.00, not less than 25% "
        + "(13(2)(b))", a.reason());
    assertEquals("No: a cumulative rise of £600,000.00 is not below £500,000.00 and is 30.00% of the original "
        + "lifetime value of £2,000,000.00, not less than 25%; no ground of regulation 13(1) permits it; a new "
        + "procurement process is needed.", last(a).answer());
    assertEquals("psr.reg-13-2-b", last(a).rule().key());
  }

  @Test
  void exactlyHalfAMillionIsNotBelowIt() {
    // SI 2023/1348 reg 13(2)(b)(i), as made, legislation.gov.uk: "below £500,000" is strict. On
    // GBP 1,000,000 a change of exactly 500,000 is 50%, so (ii) fails too: not permitted. A penny
    // less is below GBP 500,000: permitted, and under the notice threshold.
    assertFalse(authorityChange(1_000_000, "500000").permitted());
    PsrModificationAssessment penny = authorityChange(1_000_000, "499999.99");
    assertTrue(penny.permitted());
    assertFalse(penny.transparencyNoticeRequired());
  }

  @Test
  void exactlyTwentyFivePerCentIsNotLessThanIt() {
    // SI 2023/1348 reg 13(2)(b)(ii), as made, legislation.gov.uk: "less than 25%" is strict. On
    // GBP 4,000,000, 25% is exactly 1,000,000: not permitted. 999,999.99 is 24.99999975%: permitted,
    // printed truncated so that it does not read as 25%.
    PsrModificationAssessment exact = authorityChange(4_000_000, "1000000");
    assertFalse(exact.permitted());
    assertTrue(valueAnswer(exact).contains("is 25.00% of the original lifetime value of £4,000,000.00, not less "
        + "than 25%"), valueAnswer(exact));
    PsrModificationAssessment below = authorityChange(4_000_000, "999999.99");
    assertTrue(below.permitted());
    assertTrue(below.transparencyNoticeRequired());
    assertTrue(valueAnswer(below).contains("is 24.99% of the original lifetime value of £4,000,000.00, less than 25%"),
        valueAnswer(below));
  }

  @Test
  void aFallIsJudgedByItsSize() {
    // Regulation 13(2)(b) says "change": a fall of GBP 600,000 on GBP 2,000,000 (30%) fails as a
    // rise of that size does; a fall of 600,000 on 4,000,000 (15%) passes and needs a notice.
    PsrModificationAssessment big = authorityChange(2_000_000, "-600000");
    assertFalse(big.permitted());
    assertTrue(big.reason().endsWith("but a cumulative fall of £600,000.00 is not below £500,000.00 and is 30.00% "
        + "of the original lifetime value of £2,000,000.00, not less than 25% (13(2)(b))"), big.reason());
    PsrModificationAssessment small = authorityChange(4_000_000, "-600000");
    assertTrue(small.permitted());
    assertTrue(small.transparencyNoticeRequired());
    assertEquals("Yes: the modification makes a fall of £600,000.00 in lifetime value, £500,000.00 or more.",
        last(small).answer());
  }

  @Test
  void aContractWithNoOriginalValueCanOnlyPassOnThePounds() {
    // 25% of nothing is nothing, so only 13(2)(b)(i) can be met: 600,000 fails, 100,000 passes.
    PsrModificationAssessment a = authorityChange(0, "600000");
    assertFalse(a.permitted());
    assertTrue(a.reason().endsWith("a cumulative rise of £600,000.00 is not below £500,000.00 and the original "
        + "lifetime value is nil, so no change is less than 25% of it (13(2)(b))"), a.reason());
    assertTrue(authorityChange(0, "100000").permitted());
    PsrModificationAssessment none = authorityChange(1_000_000, "0");
    assertTrue(none.permitted());
    assertEquals("Yes: a cumulative change of £0.00 is below £500,000.00; permitted under regulation 13(1)(d).",
        valueAnswer(none));
  }

  @Test
  void aMateriallyDifferentModificationOfAProcessAContractIsNotPermitted() {
    // Flowchart, first question: a process A contract may be modified unless the modification
    // makes it materially different in character; here it does, so not permitted, even though the
    // change is small and provided for in the contract.
    PsrModificationAssessment a = PsrModificationAssessment.of(PsrModification.builder(ProcurementRoute.DIRECT_AWARD_A)
        .materiallyDifferentInCharacter(true).providedForInContract(true)
        .lifetimeValue(Money.ofPounds(1_000_000), Money.ofPounds(10_000)).build());
    assertFalse(a.permitted());
    assertEquals("not permitted without a new procurement process: the contract was awarded under DIRECT_AWARD_A "
        + "and the modification renders it materially different in character", a.reason());
    assertEquals(List.of("Was the contract awarded under direct award process A or B? Yes (DIRECT_AWARD_A): it may "
        + "be modified unless the modification renders it materially different in character.",
        "Does the modification render the contract materially different in character? Yes: it is not permitted; a "
            + "new procurement process is needed."),
        a.path().stream().map(s -> s.question() + " " + s.answer()).toList());
    assertEquals("psr.nhse-modifications.a-or-b", a.path().get(1).rule().key());
  }

  @Test
  void aProcessBContractNotMadeDifferentIsPermittedWhateverTheValue() {
    // Flowchart: process A or B, not materially different: permitted; GBP 2,000,000 on GBP
    // 2,000,000 (100%) would fail 13(2)(b), but the flowchart asks nothing else. Notice required.
    PsrModificationAssessment a = PsrModificationAssessment.of(PsrModification.builder(ProcurementRoute.DIRECT_AWARD_B)
        .attributableToAuthority(true).lifetimeValue(Money.ofPounds(2_000_000), Money.ofPounds(2_000_000)).build());
    assertEquals(Optional.of(ModificationGround.DIRECT_AWARD_A_OR_B_CONTRACT), a.ground());
    assertTrue(a.transparencyNoticeRequired());
    assertEquals("Does the modification render the contract materially different in character? No: it is "
        + "permitted.", a.path().get(1).question() + " " + a.path().get(1).answer());
    assertEquals("permitted without a new procurement process: a contract awarded under direct award process A or "
        + "B, not made materially different in character", a.reason());
  }

  @Test
  void aChangeOfIdentityBySuccessionIsPermittedUnderB() {
    // SI 2023/1348 reg 13(1)(b): solely a change in the provider's identity after a merger, the
    // authority satisfied on the basic selection criteria. No change in value: no notice.
    PsrModificationAssessment a = PsrModificationAssessment.of(PsrModification.builder(
        ProcurementRoute.DIRECT_AWARD_C).providerSuccession(true).lifetimeValue(Money.ofPounds(3_000_000), Money.ZERO)
        .build());
    assertEquals(Optional.of(ModificationGround.PROVIDER_SUCCESSION), a.ground());
    assertFalse(a.transparencyNoticeRequired());
    assertEquals("Yes: permitted under regulation 13(1)(b).", a.path().get(2).answer());
    assertEquals("psr.reg-13-1-b", a.path().get(2).rule().key());
    // Without the basic selection criteria, (b) does not permit it and nothing else does.
    PsrModificationAssessment unmet = PsrModificationAssessment.of(PsrModification.builder(
        ProcurementRoute.DIRECT_AWARD_C).providerSuccession(false).build());
    assertFalse(unmet.permitted());
    assertEquals("No: the provider's identity changes by succession, but the authority is not satisfied that the "
        + "provider meets the basic selection criteria.", unmet.path().get(2).answer());
    assertTrue(unmet.reason().contains("; a change in the provider's identity, but the provider is not shown to meet "
        + "the basic selection criteria (13(1)(b)); "), unmet.reason());
    assertTrue(unmet.reason().endsWith("; not attributable to the authority's decision (13(1)(d))"), unmet.reason());
    assertEquals("No: no ground of regulation 13(1) permits it; a new procurement process is needed.",
        last(unmet).answer());
  }

  @Test
  void aModificationProvidedForInTheContractIsPermittedUnderA() {
    // SI 2023/1348 reg 13(1)(a): provided for in the contract documents. A rise of GBP 700,000 on
    // GBP 1,000,000 (70%) is permitted on this ground, with a notice (700,000 >= 500,000).
    PsrModificationAssessment a = PsrModificationAssessment.of(PsrModification.builder(
        ProcurementRoute.MOST_SUITABLE_PROVIDER).providedForInContract(true)
        .lifetimeValue(Money.ofPounds(1_000_000), Money.ofPounds(700_000)).build());
    assertEquals(Optional.of(ModificationGround.PROVIDED_FOR_IN_CONTRACT), a.ground());
    assertTrue(a.transparencyNoticeRequired());
    assertEquals(List.of("Was the contract awarded under direct award process A or B? No (MOST_SUITABLE_PROVIDER): "
        + "the modification needs a ground in regulation 13(1).", "Is the modification clearly and unambiguously "
        + "provided for in the contract documents? Yes: permitted under regulation 13(1)(a).", "Must a transparency "
        + "notice be published? Yes: the modification makes a rise of £700,000.00 in lifetime value, £500,000.00 or "
        + "more."), a.path().stream().map(s -> s.question() + " " + s.answer()).toList());
  }

  @Test
  void externalFactorsPermitUnlessTheContractBecomesMateriallyDifferent() {
    // SI 2023/1348 reg 13(1)(c): more patients than expected, beyond both parties' control.
    PsrModification.Builder volume = PsrModification.builder(ProcurementRoute.COMPETITIVE_PROCESS).externalFactors(true)
        .lifetimeValue(Money.ofPounds(1_000_000), Money.ofPounds(800_000));
    PsrModificationAssessment a = PsrModificationAssessment.of(volume.build());
    assertEquals(Optional.of(ModificationGround.EXTERNAL_FACTORS), a.ground());
    assertEquals("Yes: permitted under regulation 13(1)(c).", a.path().get(3).answer());
    assertEquals("psr.reg-13-1-c", a.path().get(3).rule().key());
    PsrModificationAssessment different = PsrModificationAssessment.of(volume.materiallyDifferentInCharacter(true)
        .build());
    assertFalse(different.permitted());
    assertEquals("No: it responds to external factors but renders the contract materially different in character.",
        different.path().get(3).answer());
    assertTrue(different.reason().contains("; a response to external factors that renders the contract materially "
        + "different in character (13(1)(c)); "), different.reason());
  }

  @Test
  void theAuthoritysMateriallyDifferentModificationFailsTheFirstCriterion() {
    // SI 2023/1348 reg 13(2)(a): even a small change decided by the authority must not make the
    // contract materially different in character.
    PsrModificationAssessment a = PsrModificationAssessment.of(PsrModification.builder(
        ProcurementRoute.COMPETITIVE_PROCESS).attributableToAuthority(true).materiallyDifferentInCharacter(true)
        .lifetimeValue(Money.ofPounds(1_000_000), Money.ofPounds(1_000)).build());
    assertFalse(a.permitted());
    assertEquals("Yes: both criteria of regulation 13(2) must be met.", a.path().get(4).answer());
    assertEquals("No: it renders the contract materially different in character; a new procurement process is "
        + "needed.", last(a).answer());
    assertEquals("psr.reg-13-2-a", last(a).rule().key());
    assertTrue(a.reason().endsWith("; attributable to the authority's decision, but rendering the contract "
        + "materially different in character (13(2)(a))"), a.reason());
    PsrModificationAssessment same = PsrModificationAssessment.of(PsrModification.builder(
        ProcurementRoute.COMPETITIVE_PROCESS).attributableToAuthority(true).build());
    assertEquals("Yes.", same.path().get(5).answer());
  }

  @Test
  void theNoticeFollowsThisModificationsValueNotTheCumulativeChange() {
    // Flowchart: "if the modification value is £500,000 or more". Earlier changes of 600,000 in
    // all on 4,000,000 (15%, permitted under (d)); this modification adds 100,000: no notice.
    // Exactly GBP 500,000 is "or more": a notice.
    PsrModification.Builder b = PsrModification.builder(ProcurementRoute.COMPETITIVE_PROCESS)
        .attributableToAuthority(true).lifetimeValue(Money.ofPounds(4_000_000), Money.ofPounds(600_000));
    assertFalse(PsrModificationAssessment.of(b.modificationValue(Money.ofPounds(100_000)).build())
        .transparencyNoticeRequired());
    assertTrue(PsrModificationAssessment.of(b.modificationValue(Money.ofPounds(500_000)).build())
        .transparencyNoticeRequired());
    assertFalse(PsrModificationAssessment.of(b.modificationValue(Money.of("499999.99")).build())
        .transparencyNoticeRequired());
  }

  @Test
  void printsTheAnswerTheNoticeAndThePath() {
    String text = authorityChange(4_000_000, "600000").toString();
    assertTrue(text.startsWith("Provider Selection Regime contract modification: permitted without a new procurement "
        + "process: attributable to the authority's decision, not materially different in character and within the "
        + "value limits [Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348) as made, "
        + "regulation 13(1)(d) (a modification attributable to a decision of the relevant authority, meeting both "
        + "criteria of 13(2))]\nTransparency notice: required\nDecision path:\n1. Was the contract awarded under "
        + "direct award process A or B? No (COMPETITIVE_PROCESS)"), text);
    String refused = authorityChange(2_000_000, "600000").toString();
    assertTrue(refused.startsWith("Provider Selection Regime contract modification: not permitted without a new "
        + "procurement process: not provided for"), refused);
    assertTrue(refused.contains("\nTransparency notice: not required\nDecision path:\n1. "), refused);
  }

  @Test
  void incoherentFactsAreRefusedNamingFieldAndValue() {
    assertEquals("Argument 'originalLifetimeValue' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> PsrModification.builder(ProcurementRoute.COMPETITIVE_PROCESS)
            .lifetimeValue(Money.ofPounds(-1), Money.ZERO).build()).getMessage());
    assertEquals("Argument 'cumulativeChange' must not take the lifetime value of £1,000,000.00 below zero: "
        + "-£1,000,000.01", assertThrows(IllegalArgumentException.class, () -> PsrModification.builder(
            ProcurementRoute.COMPETITIVE_PROCESS).lifetimeValue(Money.ofPounds(1_000_000), Money.of("-1000000.01"))
            .build()).getMessage());
    assertEquals("Argument 'originalProcess' must be a route to a contract, not a grant or transfer: "
        + "GRANT_DIRECT_OFFER", assertThrows(IllegalArgumentException.class,
            () -> PsrModification.builder(ProcurementRoute.GRANT_DIRECT_OFFER).build()).getMessage());
    assertEquals("Argument 'basicSelectionCriteriaMet' must be false unless the modification is a change in the "
        + "provider's identity by succession: true", assertThrows(IllegalArgumentException.class,
            () -> new PsrModification(ProcurementRoute.COMPETITIVE_PROCESS, false, false, true, false, false, false,
                Money.ZERO, Money.ZERO, Money.ZERO)).getMessage());
    assertEquals("Argument 'transparencyNoticeRequired' must be false for a modification that is not permitted: true",
        assertThrows(IllegalArgumentException.class, () -> new PsrModificationAssessment(Optional.empty(), "x", true,
            authorityChange(1, "0").path())).getMessage());
    // A lifetime value brought exactly to zero is coherent.
    assertTrue(authorityChange(100_000, "-100000").permitted());
  }

  @Test
  void thresholdsAreTheRegulationsAndTheFlowchartsFigures() {
    // SI 2023/1348 reg 13(2)(b)(i) and (ii), as made: GBP 500,000 and 25%; NHS England's
    // flowchart: a notice at GBP 500,000 or more.
    assertEquals(Money.ofPounds(500_000), PsrModificationAssessment.VALUE_LIMIT);
    assertEquals("25%", PsrModificationAssessment.SHARE_LIMIT.toString());
    assertEquals(Money.ofPounds(500_000), PsrModificationAssessment.NOTICE_THRESHOLD);
    assertEquals("regulation 13(1)(a) (a modification clearly and unambiguously provided for in the contract or "
        + "framework agreement documents)", ModificationGround.PROVIDED_FOR_IN_CONTRACT.rule().location());
  }
}
