package io.github.commissioningvfm.model.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.provenance.Provenance;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule step's checks, its one-line form, numbered lists of steps and citations. */
class RuleStepTest {

  private static final Provenance PSR = Provenance.of(
      "Health Care Services (Provider Selection Regime) Regulations 2023", "SI 2023/1348", "psr-12", "regulation 12");

  @Test
  void aStepPrintsQuestionAnswerAndCitation() {
    RuleStep step = new RuleStep("Is the contract expiring?", "Yes.", PSR);
    assertEquals("Is the contract expiring? Yes. [Health Care Services (Provider Selection Regime) Regulations 2023"
        + " SI 2023/1348, regulation 12]", step.toString());
  }

  @Test
  void theEditionIsLeftOutWhenItIsNotApplicableOrAlreadyInTheSource() {
    assertEquals("Care Act 2014, section 5",
        RuleStep.cite(Provenance.of("Care Act 2014", "n/a", "ca-5", "section 5")));
    assertEquals("NHS Payment Scheme 2025/26, Table 1",
        RuleStep.cite(Provenance.of("NHS Payment Scheme 2025/26", "2025/26", "nhsps", "Table 1")));
    assertEquals("NHS Payment Scheme 2025/26",
        RuleStep.cite(Provenance.of("NHS Payment Scheme", "2025/26", "nhsps", "")));
  }

  @Test
  void stepsAreNumberedOnePerLine() {
    RuleStep first = new RuleStep("First?", "Yes.", PSR);
    RuleStep second = new RuleStep("Second?", "No.", PSR);
    RuleStep third = new RuleStep("Third?", "Maybe.", PSR);
    assertEquals("1. " + first + "\n2. " + second + "\n3. " + third,
        RuleStep.numbered(List.of(first, second, third)));
    assertEquals("1. " + first, RuleStep.numbered(List.of(first)));
    assertEquals("", RuleStep.numbered(List.of()));
  }

  @Test
  void blankOrMissingPartsAreRefused() {
    assertEquals("Argument 'question' must not be blank: ' '",
        assertThrows(IllegalArgumentException.class, () -> new RuleStep(" ", "Yes.", PSR)).getMessage());
    assertEquals("Argument 'answer' must not be blank: ''",
        assertThrows(IllegalArgumentException.class, () -> new RuleStep("Q?", "", PSR)).getMessage());
    assertEquals("Argument 'rule' must not be null",
        assertThrows(NullPointerException.class, () -> new RuleStep("Q?", "Yes.", null)).getMessage());
    assertEquals("Argument 'rule' must not be null",
        assertThrows(NullPointerException.class, () -> RuleStep.cite(null)).getMessage());
    assertEquals("Argument 'steps' must not contain null, found at index 1",
        assertThrows(NullPointerException.class,
            () -> RuleStep.numbered(Arrays.asList(new RuleStep("Q?", "Yes.", PSR), null))).getMessage());
  }
}
