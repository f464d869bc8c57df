package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.CsvStream;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Probabilistic simulations: per simulation, a cost and an effect for each strategy, and optionally
 * the sampled value of each input (needed for EVPPI). They come from the library's own PSA
 * ({@link CohortPsa}) or from another model, from arrays ({@link #of}) or a CSV file ({@link #read}).
 *
 * <p>CSV layout, one row per simulation: for each strategy {@code s} a column {@code cost_s} and a
 * column {@code effect_s}; an optional {@code iteration} column, which is ignored; every other column
 * is an input. Every cell must be a finite number; a bad cell fails naming file, line, column and
 * value.
 *
 * @since 0.1.0
 */
public final class Simulations {

  private final List<String> strategies;
  private final double[][] costs;
  private final double[][] effects;
  private final Map<String, double[]> inputs;

  private Simulations(List<String> strategies, double[][] costs, double[][] effects, Map<String, double[]> inputs) {
    this.strategies = List.copyOf(Args.notEmpty(strategies, "strategies"));
    Args.check(costs.length == strategies.size() && effects.length == strategies.size(), "costs",
        "have one row per strategy (" + strategies.size() + "), as effects", costs.length);
    int n = costs[0].length;
    Args.positive(n, "simulations");
    this.costs = new double[costs.length][];
    this.effects = new double[effects.length][];
    for (int s = 0; s < costs.length; s++) {
      Args.check(costs[s].length == n && effects[s].length == n, "simulations of '" + strategies.get(s) + "'",
          "number " + n + " for costs and effects", costs[s].length + " costs, " + effects[s].length + " effects");
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(costs[s][i]) || !Double.isFinite(effects[s][i])) {
          throw new IllegalArgumentException("Simulation " + i + " of '" + strategies.get(s)
              + "' has a cost or effect that is not finite: " + costs[s][i] + ", " + effects[s][i]);
        }
      }
      this.costs[s] = costs[s].clone();
      this.effects[s] = effects[s].clone();
    }
    Map<String, double[]> in = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : inputs.entrySet()) {
      Args.check(e.getValue().length == n, "input '" + e.getKey() + "'", "have one value per simulation (" + n + ")",
          e.getValue().length);
      in.put(e.getKey(), e.getValue().clone());
    }
    this.inputs = in;
  }

  /**
   * Simulations from arrays indexed {@code [strategy][simulation]}.
   *
   * @param strategies the strategies' names
   * @param costs the costs
   * @param effects the effects
   * @param inputs the inputs' sampled values by name (may be empty), in a stable order
   * @return the simulations
   */
  public static Simulations of(List<String> strategies, double[][] costs, double[][] effects,
      Map<String, double[]> inputs) {
    Args.notNull(costs, "costs");
    Args.notNull(effects, "effects");
    Args.noNullEntries(inputs, "inputs");
    return new Simulations(strategies, costs, effects, inputs);
  }

  /**
   * Reads simulations from a UTF-8 CSV file (layout in the class documentation).
   *
   * @param file the file
   * @return the simulations
   * @throws IOException if the file cannot be read
   */
  public static Simulations read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /**
   * Reads simulations from CSV text.
   *
   * @param reader the text
   * @param source the file's name, for messages
   * @return the simulations
   */
  public static Simulations read(Reader reader, String source) {
    CsvStream csv = CsvStream.of(reader, source, CsvReader.Dialect.LENIENT, InputFiles.DEFAULT_MAX_BYTES);
    if (!csv.next()) {
      throw new IllegalArgumentException(source + ": no header row");
    }
    String[] header = csv.record().fields().toArray(new String[0]);
    List<String> strategies = new ArrayList<>();
    for (String h : header) {
      if (h.startsWith("cost_") && h.length() > 5) {
        strategies.add(h.substring(5));
      }
    }
    if (strategies.isEmpty()) {
      throw new IllegalArgumentException(source + ", line 1: no cost_<strategy> column in " + List.of(header));
    }
    int[] costColumn = new int[strategies.size()];
    int[] effectColumn = new int[strategies.size()];
    List<String> names = List.of(header);
    for (int s = 0; s < strategies.size(); s++) {
      costColumn[s] = names.indexOf("cost_" + strategies.get(s));
      effectColumn[s] = names.indexOf("effect_" + strategies.get(s));
      if (effectColumn[s] < 0) {
        throw new IllegalArgumentException(source + ", line 1: column cost_" + strategies.get(s)
            + " has no matching effect_" + strategies.get(s) + " column");
      }
    }
    List<Integer> inputColumns = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      String h = header[c];
      if (!h.startsWith("cost_") && !h.startsWith("effect_") && !h.equals("iteration")) {
        inputColumns.add(c);
      }
    }
    List<double[]> rows = new ArrayList<>();
    while (csv.next()) {
      String[] f = csv.record().fields().toArray(new String[0]);
      long line = csv.line();
      if (f.length != header.length) {
        throw new IllegalArgumentException(source + ", line " + line + ": expected " + header.length + " fields, found "
            + f.length);
      }
      double[] v = new double[header.length];
      for (int c = 0; c < header.length; c++) {
        if (header[c].equals("iteration")) {
          continue;
        }
        try {
          v[c] = Double.parseDouble(f[c].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(source + ", line " + line + ", column " + header[c] + ": not a number: '"
              + f[c] + "'", e);
        }
        if (!Double.isFinite(v[c])) {
          throw new IllegalArgumentException(source + ", line " + line + ", column " + header[c]
              + ": not a finite number: '" + f[c] + "'");
        }
      }
      rows.add(v);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(source + ": no simulations after the header");
    }
    int n = rows.size();
    double[][] costs = new double[strategies.size()][n];
    double[][] effects = new double[strategies.size()][n];
    Map<String, double[]> in = new LinkedHashMap<>();
    inputColumns.forEach(c -> in.put(header[c], new double[n]));
    for (int i = 0; i < n; i++) {
      double[] v = rows.get(i);
      for (int s = 0; s < strategies.size(); s++) {
        costs[s][i] = v[costColumn[s]];
        effects[s][i] = v[effectColumn[s]];
      }
      for (int c : inputColumns) {
        in.get(header[c])[i] = v[c];
      }
    }
    return new Simulations(strategies, costs, effects, in);
  }

  /**
   * The strategies' names.
   *
   * @return the names
   */
  public List<String> strategies() {
    return strategies;
  }

  /**
   * The number of simulations.
   *
   * @return {@code N}
   */
  public int size() {
    return costs[0].length;
  }

  /**
   * One strategy's costs (a copy).
   *
   * @param strategy the name
   * @return one cost per simulation
   */
  public double[] costs(String strategy) {
    return costs[index(strategy)].clone();
  }

  /**
   * One strategy's effects (a copy).
   *
   * @param strategy the name
   * @return one effect per simulation
   */
  public double[] effects(String strategy) {
    return effects[index(strategy)].clone();
  }

  /**
   * The inputs' names.
   *
   * @return the names, in order
   */
  public List<String> inputNames() {
    return List.copyOf(inputs.keySet());
  }

  /**
   * One input's sampled values (a copy).
   *
   * @param name the input's name
   * @return one value per simulation
   */
  public double[] input(String name) {
    double[] v = inputs.get(name);
    if (v == null) {
      throw new IllegalArgumentException("No input '" + name + "'; inputs are " + inputs.keySet());
    }
    return v.clone();
  }

  /**
   * Net monetary benefit {@code lambda E - C} of every strategy and simulation.
   *
   * @param threshold {@code lambda}
   * @return net benefit indexed {@code [strategy][simulation]}
   */
  public double[][] netMonetaryBenefit(double threshold) {
    Args.finite(threshold, "threshold");
    double[][] nb = new double[strategies.size()][size()];
    for (int s = 0; s < nb.length; s++) {
      for (int i = 0; i < nb[s].length; i++) {
        nb[s][i] = threshold * effects[s][i] - costs[s][i];
      }
    }
    return nb;
  }

  /**
   * The simulations as CSV text in the layout {@link #read} takes (an {@code iteration} column from 1,
   * then {@code cost_s} and {@code effect_s} per strategy, then the inputs), numbers in their shortest
   * exact decimal form, so that reading the text back gives the same values.
   *
   * @return the CSV text, lines ending in {@code \n}
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder("iteration");
    for (String s : strategies) {
      sb.append(',').append(quote("cost_" + s)).append(',').append(quote("effect_" + s));
    }
    for (String name : inputs.keySet()) {
      sb.append(',').append(quote(name));
    }
    sb.append('\n');
    for (int i = 0; i < size(); i++) {
      sb.append(i + 1);
      for (int s = 0; s < strategies.size(); s++) {
        sb.append(',').append(costs[s][i]).append(',').append(effects[s][i]);
      }
      for (double[] v : inputs.values()) {
        sb.append(',').append(v[i]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String quote(String field) {
    return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  int index(String strategy) {
    int i = strategies.indexOf(strategy);
    if (i < 0) {
      throw new IllegalArgumentException("No strategy '" + strategy + "'; strategies are " + strategies);
    }
    return i;
  }

  double cost(int strategy, int simulation) {
    return costs[strategy][simulation];
  }

  double effect(int strategy, int simulation) {
    return effects[strategy][simulation];
  }

  @Override
  public String toString() {
    return "Simulations[" + size() + " of strategies " + strategies + ", inputs " + inputs.keySet() + "]";
  }
}
