package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One option of an appraisal (for example "fund the VCSE crisis service" or "status quo"), with
 * its cost, benefit and effect streams.
 *
 * @param name the option's name, unique within the appraisal
 * @param costs the cost streams; names unique
 * @param benefits the benefit streams; names unique
 * @param effects the non-monetary outcome streams, for cost-effectiveness; measures unique
 * @since 0.1.0
 */
public record AppraisalOption(String name, List<CostStream> costs, List<BenefitStream> benefits,
    List<EffectStream> effects) {

  /** Validates and copies. */
  public AppraisalOption {
    Args.notBlank(name, "name");
    costs = List.copyOf(Args.noNullElements(costs, "costs"));
    benefits = List.copyOf(Args.noNullElements(benefits, "benefits"));
    effects = List.copyOf(Args.noNullElements(effects, "effects"));
    requireUnique(name, "cost stream", costs.stream().map(CostStream::name).toList());
    requireUnique(name, "benefit stream", benefits.stream().map(BenefitStream::name).toList());
    requireUnique(name, "effect measure", effects.stream().map(EffectStream::measure).toList());
  }

  private static void requireUnique(String option, String what, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException("Option '" + option + "': " + what + " '" + n + "' appears twice");
      }
    }
  }

  /**
   * Starts a builder.
   *
   * @param name the option's name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The effect stream of a measure, if the option has one.
   *
   * @param measure the measure's name
   * @return the stream, or empty
   */
  public java.util.Optional<EffectStream> effect(String measure) {
    return effects.stream().filter(e -> e.measure().equals(measure)).findFirst();
  }

  /** Builds an option stream by stream. */
  public static final class Builder {
    private final String name;
    private final List<CostStream> costs = new ArrayList<>();
    private final List<BenefitStream> benefits = new ArrayList<>();
    private final List<EffectStream> effects = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a cost stream.
     *
     * @param stream the stream
     * @return this builder
     */
    public Builder cost(CostStream stream) {
      costs.add(Args.notNull(stream, "stream"));
      return this;
    }

    /**
     * Adds a benefit stream.
     *
     * @param stream the stream
     * @return this builder
     */
    public Builder benefit(BenefitStream stream) {
      benefits.add(Args.notNull(stream, "stream"));
      return this;
    }

    /**
     * Adds an effect stream.
     *
     * @param stream the stream
     * @return this builder
     */
    public Builder effect(EffectStream stream) {
      effects.add(Args.notNull(stream, "stream"));
      return this;
    }

    /**
     * Builds the option.
     *
     * @return the option
     */
    public AppraisalOption build() {
      return new AppraisalOption(name, costs, benefits, effects);
    }
  }
}
