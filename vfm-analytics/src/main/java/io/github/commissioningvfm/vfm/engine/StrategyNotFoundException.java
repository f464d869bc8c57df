package io.github.commissioningvfm.vfm.engine;

import java.util.List;

/**
 * Thrown when no strategy of an id is registered; lists the ids that are.
 *
 * @since 0.1.0
 */
public final class StrategyNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String id;
  private final transient List<String> available;

  /**
   * Creates the exception.
   *
   * @param id the id asked for
   * @param available the registered ids
   */
  public StrategyNotFoundException(String id, List<String> available) {
    super("No value-for-money strategy with id '" + id + "'; registered ids are " + available);
    this.id = id;
    this.available = List.copyOf(available);
  }

  /**
   * The id asked for.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The registered ids.
   *
   * @return the ids
   */
  public List<String> available() {
    return available;
  }
}
