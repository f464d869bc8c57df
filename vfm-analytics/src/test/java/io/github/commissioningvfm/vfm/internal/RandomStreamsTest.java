package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

  private static double[] draws(RandomStreams streams, int n, int threads) throws Exception {
    double[] out = new double[n];
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, n).parallel()
          .forEach(i -> out[i] = streams.forIteration(i).nextDouble())).get();
    } finally {
      pool.shutdown();
    }
    return out;
  }

  @Test
  void sameSeedGivesSameNumbersWhateverTheThreadCount() throws Exception {
    RandomStreams streams = RandomStreams.of(42L);
    double[] one = draws(streams, 5000, 1);
    assertArrayEquals(one, draws(streams, 5000, 2));
    assertArrayEquals(one, draws(streams, 5000, 8));
  }

  @Test
  void iterationsAndSeedsDiffer() {
    RandomStreams streams = RandomStreams.of(42L);
    assertNotEquals(streams.forIteration(0).nextLong(), streams.forIteration(1).nextLong());
    assertNotEquals(streams.forIteration(0).nextLong(), RandomStreams.of(43L).forIteration(0).nextLong());
    assertEquals(streams.forIteration(7).nextLong(), streams.forIteration(7).nextLong());
    assertNotEquals(streams.seedOf(3), streams.child(3).seedOf(3));
  }

  @Test
  void meanOfUniformDrawsIsNearOneHalf() {
    RandomStreams streams = RandomStreams.of(1L);
    double sum = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sum += streams.forIteration(i).nextDouble();
    }
    // standard error of the mean of U(0,1) is sqrt(1/12/n) = 0.002; allow 5 standard errors
    assertEquals(0.5, sum / n, 0.01);
  }

  @Test
  void negativeIterationIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RandomStreams.of(1L).forIteration(-1));
    assertEquals("Argument 'iteration' must not be negative: -1", e.getMessage());
  }
}
