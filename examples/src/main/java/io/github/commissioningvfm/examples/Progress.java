package io.github.commissioningvfm.examples;

/** Receives the step an example is working on, so a slow step can be shown while it runs. */
@FunctionalInterface
public interface Progress {

  /**
   * Reports the step now being worked on.
   *
   * @param step a short description, e.g. "bootstrap: 2,000 resamples"
   */
  void step(String step);

  /**
   * A progress sink that ignores every step.
   *
   * @return the silent sink
   */
  static Progress silent() {
    return step -> { };
  }
}
