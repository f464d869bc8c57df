package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Tunnel states: a state whose transition probabilities depend on how long the cohort has been in
 * it, modelled as {@code length} consecutive states {@code "name 1" .. "name length"}. Whoever does
 * not leave tunnel state {@code i < length} in a cycle moves on to state {@code i + 1}; the last
 * tunnel state keeps those who stay. Exits (recovery, death, ...) are set per tunnel state on the
 * matrix builder as for any state; {@link #link(TransitionMatrix.Builder)} then adds the
 * progression as each row's complement.
 *
 * @param name the base name
 * @param length the number of tunnel states, at least 2
 * @since 0.1.0
 */
public record Tunnel(String name, int length) {

  /** Validates. */
  public Tunnel {
    Args.notBlank(name, "name");
    Args.check(length >= 2, "length", "be at least 2", length);
  }

  /**
   * The tunnel's state names, in order.
   *
   * @return {@code "name 1" .. "name length"}
   */
  public List<String> states() {
    List<String> out = new ArrayList<>(length);
    for (int i = 1; i <= length; i++) {
      out.add(state(i));
    }
    return out;
  }

  /**
   * The name of tunnel state {@code i}.
   *
   * @param i 1 for the first cycle spent in the tunnel
   * @return the name
   */
  public String state(int i) {
    Args.inRange(i, 1, length, "i");
    return name + " " + i;
  }

  /**
   * Adds the progression through the tunnel as complements: state {@code i} to {@code i + 1}, and
   * the last to itself.
   *
   * @param builder a matrix builder over states that include this tunnel's
   * @return the builder
   */
  public TransitionMatrix.Builder link(TransitionMatrix.Builder builder) {
    Args.notNull(builder, "builder");
    for (int i = 1; i < length; i++) {
      builder.complement(state(i), state(i + 1));
    }
    return builder.complement(state(length), state(length));
  }
}
