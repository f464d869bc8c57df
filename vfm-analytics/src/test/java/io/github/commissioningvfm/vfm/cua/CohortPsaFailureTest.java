package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.markov.MarkovModel;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** A failure inside a cohort PSA reaches the caller as itself, or with the simulation that failed. */
class CohortPsaFailureTest {

  /** The HIV model with a sampler replaced by the test's own. */
  private abstract static class Sampler implements ProbabilisticCohortModel {
    private final HivPsaModel hiv = new HivPsaModel();

    @Override
    public List<String> inputs() {
      return hiv.inputs();
    }

    @Override
    public double[] baseCase() {
      return hiv.baseCase();
    }

    @Override
    public MarkovModel model(double[] values) {
      return hiv.model(values);
    }
  }

  @Test
  void aRuntimeExceptionOfTheSamplerIsRethrownAsItIs() {
    IllegalStateException thrown = new IllegalStateException("no draws left");
    Sampler model = new Sampler() {
      @Override
      public void sample(RandomGenerator rng, double[] values) {
        throw thrown;
      }
    };
    assertSame(thrown, assertThrows(IllegalStateException.class, () -> CohortPsa.run(model, 4, 1, 1)));
  }

  @Test
  void anErrorOfTheSamplerIsWrappedWithItsClassAndMessage() {
    Sampler model = new Sampler() {
      @Override
      public void sample(RandomGenerator rng, double[] values) {
        throw new AssertionError("broken sampler");
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CohortPsa.run(model, 4, 1, 1));
    assertEquals("java.lang.AssertionError: broken sampler", e.getMessage());
    assertEquals(AssertionError.class, e.getCause().getClass());
  }

  @Test
  void aModelThatCannotBeBuiltNamesTheSimulation() {
    HivPsaModel hiv = new HivPsaModel();
    Sampler model = new Sampler() {
      @Override
      public void sample(RandomGenerator rng, double[] values) {
        hiv.sample(rng, values);
      }

      @Override
      public MarkovModel model(double[] values) {
        if (values[9] == 0.509) {
          return super.model(values);
        }
        throw new IllegalArgumentException("relative risk " + values[9]);
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CohortPsa.run(model, 1, 5, 1));
    assertTrue(e.getMessage().startsWith("PSA simulation 0 failed: relative risk "), e.getMessage());
  }

  @Test
  void anInterruptedCallerGetsAnExceptionAndKeepsItsInterruptStatus() throws InterruptedException {
    Thread caller = Thread.currentThread();
    CountDownLatch release = new CountDownLatch(1);
    Sampler model = new Sampler() {
      @Override
      public void sample(RandomGenerator rng, double[] values) {
        caller.interrupt();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        new HivPsaModel().sample(rng, values);
      }
    };
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> CohortPsa.run(model, 1, 1, 1));
      assertEquals("PSA interrupted", e.getMessage());
      assertTrue(Thread.interrupted(), "the caller's interrupt status is restored");
    } finally {
      release.countDown();
      Thread.interrupted();
    }
  }
}
