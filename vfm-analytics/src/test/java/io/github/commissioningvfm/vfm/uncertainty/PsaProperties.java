package io.github.commissioningvfm.vfm.uncertainty;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class PsaProperties {

  @Test
  void sameSeedIsIdenticalFor1And2And8Threads() {
    UncertaintyAnalysis ua = Models.serviceAnalysis();
    qt().withExamples(8).forAll(longs().all()).check(seed -> {
      PsaResult one = ua.psa(PsaSettings.builder().seed(seed).iterations(300).threads(1).build());
      PsaResult two = ua.psa(PsaSettings.builder().seed(seed).iterations(300).threads(2).build());
      PsaResult eight = ua.psa(PsaSettings.builder().seed(seed).iterations(300).threads(8).build());
      return one.summaries().equals(two.summaries()) && one.summaries().equals(eight.summaries())
          && one.draws().equals(two.draws()) && one.draws().equals(eight.draws())
          && one.acceptability().equals(eight.acceptability());
    });
  }
}
