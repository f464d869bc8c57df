package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void withoutAPoolTheTasksRunInOrderInTheCallingThread() {
    List<Integer> seen = new ArrayList<>();
    Thread caller = Thread.currentThread();
    Parallel.forEach(null, 4, c -> {
      assertSame(caller, Thread.currentThread());
      seen.add(c);
    }, "test");
    assertEquals(List.of(0, 1, 2, 3), seen);
  }

  @Test
  void inAPoolEveryTaskRunsOnce() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      AtomicIntegerArray runs = new AtomicIntegerArray(100);
      Parallel.forEach(pool, 100, runs::incrementAndGet, "test");
      for (int c = 0; c < 100; c++) {
        assertEquals(1, runs.get(c), "task " + c);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFailureReachesTheCallerAsThrownOrWrappedWhenItIsAnError() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      IllegalArgumentException bad = new IllegalArgumentException("task 37 cannot run");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(pool, 64,
          c -> {
            if (c == 37) {
              throw bad;
            }
          }, "test"));
      assertSame(bad, e);
      IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> Parallel.forEach(pool, 64,
          c -> {
            if (c == 5) {
              throw new AssertionError("broken");
            }
          }, "test"));
      assertEquals("java.lang.AssertionError: broken", wrapped.getMessage());
      assertEquals(AssertionError.class, wrapped.getCause().getClass());
    } finally {
      pool.shutdown();
    }
  }
}
