package io.github.commissioningvfm.examples;

/** Runs every worked example and prints where the reports are. */
public final class RunAllExamples {

  private RunAllExamples() {
  }

  /**
   * Runs all examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PublishedArithmeticCheck.run(System.out);
  }
}
