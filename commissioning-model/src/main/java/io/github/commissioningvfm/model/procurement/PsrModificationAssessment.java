package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rule.RuleStep;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a contract for relevant health care services may be modified during its term without a
 * new procurement process (Health Care Services (Provider Selection Regime) Regulations 2023, SI
 * 2023/1348, regulation 13, as made), on which ground, and whether a transparency notice must be
 * published, with the questions asked in the order of NHS England's "Provider Selection Regime:
 * contract modifications".
 *
 * <ol>
 * <li>A contract awarded under direct award process A or B may be modified unless the modification
 * renders it materially different in character (NHS England's flowchart; nothing else is asked).</li>
 * <li>Otherwise the modification is permitted only on a ground of regulation 13(1), tried in
 * order: (a) clearly and unambiguously provided for in the contract documents; (b) solely a change
 * in the provider's identity by succession, the authority satisfied that the provider meets the
 * basic selection criteria; (c) a response to external factors beyond the control of the authority
 * and the provider, not rendering the contract materially different in character; (d) attributable
 * to a decision of the authority with both criteria of 13(2): (a) not materially different in
 * character and (b) a cumulative change in lifetime value since the contract was entered into
 * {@code |cumulativeChange| < }{@link #VALUE_LIMIT} or
 * {@code |cumulativeChange| < }{@link #SHARE_LIMIT}{@code  x originalLifetimeValue} (both strictly
 * below: a change of exactly GBP 500,000 and exactly 25% is not permitted under (d)).</li>
 * <li>A permitted modification needs a transparency notice when
 * {@code |modificationValue| >= }{@link #NOTICE_THRESHOLD}; a modification that is not permitted
 * needs a new procurement process instead, so no notice is asked for.</li>
 * </ol>
 *
 * <p>A fall in lifetime value. Regulation 13(2)(b) speaks of the cumulative "change", not a rise,
 * so the library compares the size of the change: a fall of GBP 600,000 on a GBP 2,000,000
 * contract (30%) is outside 13(2)(b) just as a rise of that size is. The flowchart's "modification
 * value" is read the same way, as the size of the change this modification makes. The share of the
 * original value is printed truncated to 0.01 percentage point, so that a share below 25% never
 * prints as 25%; the decision itself compares exact amounts.
 *
 * <p>Citations. Regulation 13(1)(a) to (d) and 13(2)(a) and (b) were read in the Regulations as
 * made on legislation.gov.uk. Regulation 13(1) begins "subject to paragraph (3)", and paragraph (3)
 * and the later paragraphs were not read; the rule for contracts awarded under processes A and B is
 * therefore cited to NHS England's flowchart. Of the flowchart's accessible text, the branches for
 * processes A and B, for a modification provided for in the contract, for a change of the
 * provider's identity and the question on external factors were read; the rest of the external
 * factors branch and the branch for a modification attributable to the authority were not, so
 * those steps follow the regulation, and the transparency notice rule, which the text read states
 * for the first three branches, is extended here to every permitted modification; a reader who
 * finds otherwise in the unread branches should treat the notice answer for grounds (c) and (d) as
 * provisional.
 *
 * @param ground the ground that permits the modification; empty when none does
 * @param reason why, in a commissioner's words
 * @param transparencyNoticeRequired a transparency notice must be published; false when the
 *     modification is not permitted
 * @param path the questions asked, with answers and rules, in order
 * @since 0.1.0
 */
public record PsrModificationAssessment(Optional<ModificationGround> ground, String reason,
    boolean transparencyNoticeRequired, List<RuleStep> path) {

  /**
   * The cumulative change in lifetime value below which a modification the authority decided may
   * be made (regulation 13(2)(b)(i), as made).
   */
  public static final Money VALUE_LIMIT = Money.ofPounds(500_000);

  /**
   * The share of the original lifetime value below which the cumulative change of a modification
   * the authority decided may be (regulation 13(2)(b)(ii), as made).
   */
  public static final Percentage SHARE_LIMIT = Percentage.ofPercent("25");

  /**
   * The modification value at or above which a permitted modification needs a transparency notice
   * (NHS England, "Provider Selection Regime: contract modifications": "£500,000 or more").
   */
  public static final Money NOTICE_THRESHOLD = Money.ofPounds(500_000);

  private static final String FLOWCHART = "NHS England, \"Provider Selection Regime: contract modifications\"";

  /** NHS England's flowchart, first question: contracts awarded under processes A and B. */
  static final Provenance FLOWCHART_A_OR_B = Provenance.of(FLOWCHART, "n/a", "psr.nhse-modifications.a-or-b",
      "accessible text, first question (a contract awarded under direct award process A or B may be modified unless "
          + "it is made materially different in character; regulation 13(3) was not read)");

  /** NHS England's flowchart: when a permitted modification needs a transparency notice. */
  static final Provenance NOTICE_RULE = Provenance.of(FLOWCHART, "n/a", "psr.nhse-modifications.notice",
      "accessible text (a transparency notice for a permitted modification of £500,000 or more; read for the "
          + "process A or B, provided-for and change-of-identity branches)");

  private static final Provenance CRITERIA_CHARACTER = PsrAssessment.regulation("13-2-a",
      "regulation 13(2)(a) (the modification does not render the contract materially different in character)");

  private static final Provenance CRITERIA_VALUE = PsrAssessment.regulation("13-2-b", "regulation 13(2)(b) (the "
      + "cumulative change in lifetime value below £500,000 or less than 25% of the original lifetime value)");

  private static final String NEW_PROCESS = "a new procurement process is needed";

  /**
   * Creates an assessment; use {@link #of(PsrModification)} to compute one.
   *
   * @param ground the ground, if any
   * @param reason the reason
   * @param transparencyNoticeRequired whether a notice is required
   * @param path the decision path
   */
  public PsrModificationAssessment {
    Args.notNull(ground, "ground");
    Args.notBlank(reason, "reason");
    Args.check(ground.isPresent() || !transparencyNoticeRequired, "transparencyNoticeRequired",
        "be false for a modification that is not permitted", transparencyNoticeRequired);
    path = List.copyOf(Args.notEmpty(Args.noNullElements(path, "path"), "path"));
  }

  /**
   * Assesses a proposed modification against regulation 13 and NHS England's flowchart.
   *
   * @param m the modification
   * @return the assessment
   */
  public static PsrModificationAssessment of(PsrModification m) {
    Args.notNull(m, "modification");
    List<RuleStep> path = new ArrayList<>();
    ProcurementRoute route = m.originalProcess();
    boolean aOrB = route == ProcurementRoute.DIRECT_AWARD_A || route == ProcurementRoute.DIRECT_AWARD_B;
    path.add(new RuleStep("Was the contract awarded under direct award process A or B?", aOrB ? "Yes (" + route
        + "): it may be modified unless the modification renders it materially different in character." : "No ("
        + route + "): the modification needs a ground in regulation 13(1).", FLOWCHART_A_OR_B));
    if (aOrB) {
      path.add(new RuleStep("Does the modification render the contract materially different in character?",
          m.materiallyDifferentInCharacter() ? "Yes: it is not permitted; " + NEW_PROCESS + "." : "No: it is permitted.",
          FLOWCHART_A_OR_B));
      return m.materiallyDifferentInCharacter()
          ? refused(path, List.of("the contract was awarded under " + route + " and the modification renders it "
              + "materially different in character"))
          : permitted(m, path, ModificationGround.DIRECT_AWARD_A_OR_B_CONTRACT);
    }
    List<String> refusals = new ArrayList<>();
    Provenance a = ModificationGround.PROVIDED_FOR_IN_CONTRACT.rule();
    path.add(new RuleStep("Is the modification clearly and unambiguously provided for in the contract documents?",
        m.providedForInContract() ? "Yes: permitted under regulation 13(1)(a)." : "No.", a));
    if (m.providedForInContract()) {
      return permitted(m, path, ModificationGround.PROVIDED_FOR_IN_CONTRACT);
    }
    refusals.add("not provided for in the contract documents (13(1)(a))");
    Provenance b = ModificationGround.PROVIDER_SUCCESSION.rule();
    String successionQuestion = "Is the modification solely a change in the provider's identity by succession, "
        + "with the provider meeting the basic selection criteria?";
    if (m.providerSuccession() && m.basicSelectionCriteriaMet()) {
      path.add(new RuleStep(successionQuestion, "Yes: permitted under regulation 13(1)(b).", b));
      return permitted(m, path, ModificationGround.PROVIDER_SUCCESSION);
    }
    path.add(new RuleStep(successionQuestion, m.providerSuccession() ? "No: the provider's identity changes by "
        + "succession, but the authority is not satisfied that the provider meets the basic selection criteria."
        : "No.", b));
    refusals.add(m.providerSuccession() ? "a change in the provider's identity, but the provider is not shown to "
        + "meet the basic selection criteria (13(1)(b))" : "not solely a change in the provider's identity (13(1)(b))");
    Provenance c = ModificationGround.EXTERNAL_FACTORS.rule();
    String externalQuestion = "Is the modification a response to external factors beyond the control of the "
        + "authority and the provider, leaving the contract not materially different in character?";
    if (m.externalFactors() && !m.materiallyDifferentInCharacter()) {
      path.add(new RuleStep(externalQuestion, "Yes: permitted under regulation 13(1)(c).", c));
      return permitted(m, path, ModificationGround.EXTERNAL_FACTORS);
    }
    path.add(new RuleStep(externalQuestion, m.externalFactors() ? "No: it responds to external factors but renders "
        + "the contract materially different in character." : "No.", c));
    refusals.add(m.externalFactors() ? "a response to external factors that renders the contract materially "
        + "different in character (13(1)(c))" : "not a response to external factors (13(1)(c))");
    return authorityDecision(m, path, refusals);
  }

  private static PsrModificationAssessment authorityDecision(PsrModification m, List<RuleStep> path,
      List<String> refusals) {
    Provenance d = ModificationGround.AUTHORITY_DECISION.rule();
    String question = "Is the modification attributable to a decision of the authority?";
    if (!m.attributableToAuthority()) {
      path.add(new RuleStep(question, "No: no ground of regulation 13(1) permits it; " + NEW_PROCESS + ".", d));
      refusals.add("not attributable to the authority's decision (13(1)(d))");
      return refused(path, refusals);
    }
    path.add(new RuleStep(question, "Yes: both criteria of regulation 13(2) must be met.", d));
    String characterQuestion = "Does the modification leave the contract not materially different in character?";
    if (m.materiallyDifferentInCharacter()) {
      path.add(new RuleStep(characterQuestion, "No: it renders the contract materially different in character; "
          + NEW_PROCESS + ".", CRITERIA_CHARACTER));
      refusals.add("attributable to the authority's decision, but rendering the contract materially different in "
          + "character (13(2)(a))");
      return refused(path, refusals);
    }
    path.add(new RuleStep(characterQuestion, "Yes.", CRITERIA_CHARACTER));
    Money original = m.originalLifetimeValue();
    Money size = m.cumulativeChange().abs();
    String change = "a cumulative " + changeWords(m.cumulativeChange());
    String valueQuestion = "Is the cumulative change in lifetime value below " + VALUE_LIMIT.format() + ", or less "
        + "than " + SHARE_LIMIT + " of the original lifetime value?";
    if (size.compareTo(VALUE_LIMIT) < 0) {
      path.add(new RuleStep(valueQuestion, "Yes: " + change + " is below " + VALUE_LIMIT.format()
          + "; permitted under regulation 13(1)(d).", CRITERIA_VALUE));
      return permitted(m, path, ModificationGround.AUTHORITY_DECISION);
    }
    boolean belowShare = size.amount().compareTo(SHARE_LIMIT.of(original.amount())) < 0;
    String share = original.isZero() ? "the original lifetime value is nil, so no change is less than "
        + SHARE_LIMIT + " of it" : ConsiderableChangeThreshold.share(size, original, 2, RoundingMode.DOWN)
            + " of the original lifetime value of " + original.format() + ", " + (belowShare ? "" : "not ")
            + "less than " + SHARE_LIMIT;
    String notBelow = change + " is not below " + VALUE_LIMIT.format();
    if (belowShare) {
      path.add(new RuleStep(valueQuestion, "Yes: " + notBelow + " but is " + share
          + "; permitted under regulation 13(1)(d).", CRITERIA_VALUE));
      return permitted(m, path, ModificationGround.AUTHORITY_DECISION);
    }
    String why = notBelow + (original.isZero() ? " and " : " and is ") + share;
    path.add(new RuleStep(valueQuestion, "No: " + why + "; no ground of regulation 13(1) permits it; " + NEW_PROCESS
        + ".", CRITERIA_VALUE));
    refusals.add("attributable to the authority's decision, but " + why + " (13(2)(b))");
    return refused(path, refusals);
  }

  /** "rise of £X", "fall of £X" or "change of £0.00". */
  private static String changeWords(Money value) {
    return (value.isNegative() ? "fall" : value.isZero() ? "change" : "rise") + " of " + value.abs().format();
  }

  private static PsrModificationAssessment permitted(PsrModification m, List<RuleStep> path,
      ModificationGround ground) {
    Money value = m.modificationValue();
    boolean notice = value.abs().compareTo(NOTICE_THRESHOLD) >= 0;
    path.add(new RuleStep("Must a transparency notice be published?", (notice ? "Yes: " : "No: ") + "the "
        + "modification makes a " + changeWords(value) + " in lifetime value, " + (notice ? NOTICE_THRESHOLD.format()
            + " or more." : "under " + NOTICE_THRESHOLD.format() + "."), NOTICE_RULE));
    return new PsrModificationAssessment(Optional.of(ground), "permitted without a new procurement process: "
        + ground.description(), notice, path);
  }

  private static PsrModificationAssessment refused(List<RuleStep> path, List<String> refusals) {
    return new PsrModificationAssessment(Optional.empty(), "not permitted without a new procurement process: "
        + String.join("; ", refusals), false, path);
  }

  /**
   * Whether the modification may be made without a new procurement process.
   *
   * @return true when a ground permits it
   */
  public boolean permitted() {
    return ground.isPresent();
  }

  /**
   * The answer, the notice and the numbered decision path, for printing.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Provider Selection Regime contract modification: " + reason + ground.map(g -> " ["
        + RuleStep.cite(g.rule()) + "]").orElse("") + "\nTransparency notice: " + (transparencyNoticeRequired
            ? "required" : "not required") + "\nDecision path:\n" + RuleStep.numbered(path);
  }
}
