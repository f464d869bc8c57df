package io.github.commissioningvfm.model.provider;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * Where a payment option covers the provider's full cost, over the whole volumes 0 to a search
 * limit: the lowest and the highest volume at which the surplus is not negative.
 *
 * <p>Under payment per case the surplus grows with volume, so {@code lowest} is the break-even
 * volume and {@code highest} the search limit; under a block the surplus shrinks as volume grows,
 * so {@code lowest} is 0 and {@code highest} the most the block can carry. Both are empty when no
 * volume in the range breaks even. Between them a banded mechanism may dip below cost.
 *
 * @param lowest the lowest volume at which payment &gt;= full cost, if any
 * @param highest the highest such volume, if any
 * @param searchedTo the largest volume examined
 * @since 0.1.0
 */
public record ProviderBreakEven(Optional<Long> lowest, Optional<Long> highest, long searchedTo) {

  /**
   * Creates a result.
   *
   * @param lowest the lowest break-even volume
   * @param highest the highest break-even volume
   * @param searchedTo the search limit
   */
  public ProviderBreakEven {
    Args.notNull(lowest, "lowest");
    Args.notNull(highest, "highest");
    Args.notNegative(searchedTo, "searchedTo");
    Args.check(lowest.isPresent() == highest.isPresent(), "highest", "be present exactly when lowest is (lowest "
        + lowest + ")", highest);
    Args.check(lowest.isEmpty() || lowest.get() <= highest.get(), "lowest", "not exceed highest (" + highest + ")",
        lowest);
    Args.check(highest.isEmpty() || highest.get() <= searchedTo, "highest", "not exceed the search limit ("
        + searchedTo + ")", highest);
  }

  /**
   * The break-even range in words.
   *
   * @return e.g. "covers full cost from 1,200 to 6,000 cases (searched to 6,000)"
   */
  public String describe() {
    if (lowest.isEmpty()) {
      return String.format(java.util.Locale.ROOT, "never covers full cost up to %,d cases", searchedTo);
    }
    return String.format(java.util.Locale.ROOT, "covers full cost from %,d to %,d cases (searched to %,d)",
        lowest.get(), highest.get(), searchedTo);
  }

  @Override
  public String toString() {
    return "ProviderBreakEven[" + describe() + "]";
  }
}
