package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
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

  @Test
  void derivedSeedsAreTheSplitMix64SequenceOfTheMasterSeed() {
    // SplitMix64 (Steele, Lea and Flood 2014) started at state 0 outputs 0xE220A8397B1DCDAF,
    // 0x6E789E6AA1B965F4, 0x06C45D188009454F (the reference splitmix64.c of Vigna, prng.di.unimi.it);
    // seed(i) = mix64(0 + (i + 1) * golden gamma) is its (i + 1)-th output
    RandomStreams zero = RandomStreams.of(0);
    assertEquals(0xE220A8397B1DCDAFL, zero.seedOf(0));
    assertEquals(0x6E789E6AA1B965F4L, zero.seedOf(1));
    assertEquals(0x06C45D188009454FL, zero.seedOf(2));
    // the JDK's SplittableRandom(seed) runs the same generator from any master seed
    for (long master : new long[] {42L, -7L, 20261123L}) {
      RandomStreams streams = RandomStreams.of(master);
      SplittableRandom reference = new SplittableRandom(master);
      for (int i = 0; i < 100; i++) {
        assertEquals(reference.nextLong(), streams.seedOf(i), "master " + master + ", iteration " + i);
      }
      assertEquals(streams.seedOf(5), streams.child(5).seed());
      assertEquals(new SplittableRandom(streams.seedOf(9)).nextLong(), streams.forIteration(9).nextLong());
    }
  }

  @Test
  void negativeIterationHasNoSeedOrChild() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RandomStreams.of(1L).seedOf(-2));
    assertEquals("Argument 'iteration' must not be negative: -2", e.getMessage());
    IllegalArgumentException child = assertThrows(IllegalArgumentException.class, () -> RandomStreams.of(1L).child(-1));
    assertEquals("Argument 'iteration' must not be negative: -1", child.getMessage());
  }
}
