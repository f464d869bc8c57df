package io.github.commissioningvfm.benchmarks.peers;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every runner shares: reading a workload's {@code settings.csv} ({@code key,value} lines
 * under a {@code key,value} header) and printing figures as {@code key=value} lines, numbers with
 * full precision ({@link Double#toString(double)} round-trips exactly).
 */
public final class PeerFiles {

  private final PrintStream out;

  private PeerFiles(PrintStream out) {
    this.out = out;
  }

  /**
   * Figures printed to standard output.
   *
   * @return the printer
   */
  public static PeerFiles toStdout() {
    return new PeerFiles(System.out);
  }

  /**
   * Reads {@code settings.csv} of a workload folder.
   *
   * @param folder the workload's input folder
   * @return the settings in file order
   * @throws IllegalArgumentException if a line is not {@code key,value}
   */
  public static Map<String, String> settings(Path folder) {
    Path file = folder.resolve("settings.csv");
    Map<String, String> out = new LinkedHashMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        int comma = line.indexOf(',');
        if (comma <= 0) {
          throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected key,value but found '" + line
              + "'");
        }
        out.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return out;
  }

  /**
   * Prints a number.
   *
   * @param key the figure's key
   * @param value its value
   */
  public void put(String key, double value) {
    out.println(key + "=" + value);
  }

  /**
   * Prints a count.
   *
   * @param key the figure's key
   * @param value its value
   */
  public void put(String key, long value) {
    out.println(key + "=" + value);
  }

  /**
   * Prints a Monte Carlo figure and its standard error, as {@code mc.key} and {@code mcse.key}.
   *
   * @param key the figure's key
   * @param value its value
   * @param standardError its Monte Carlo standard error
   */
  public void putSimulated(String key, double value, double standardError) {
    out.println("mc." + key + "=" + value);
    out.println("mcse." + key + "=" + standardError);
  }

  /**
   * Prints a Monte Carlo figure whose standard error this runner cannot see.
   *
   * @param key the figure's key
   * @param value its value
   */
  public void putSimulated(String key, double value) {
    out.println("mc." + key + "=" + value);
  }

  /**
   * Prints an elapsed time since {@code startNanos}, in milliseconds.
   *
   * @param what the timed step, e.g. {@code work}
   * @param startNanos {@link System#nanoTime()} at the start
   */
  public void time(String what, long startNanos) {
    out.println("time." + what + "_ms=" + String.format(Locale.ROOT, "%.3f", (System.nanoTime() - startNanos) / 1e6));
  }

  /**
   * The standard error of a proportion {@code sqrt(p (1 - p) / n)}.
   *
   * @param p the proportion
   * @param n the trials
   * @return the standard error
   */
  public static double proportionSe(double p, long n) {
    return Math.sqrt(p * (1 - p) / n);
  }
}
