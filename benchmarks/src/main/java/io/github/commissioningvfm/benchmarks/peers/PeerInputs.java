package io.github.commissioningvfm.benchmarks.peers;

import io.github.commissioningvfm.benchmarks.engine.CrisisServicePsa;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the seeded input files of every peer workload into {@code <folder>/<workload>/}:
 * <ul>
 *   <li>{@code outcomes}: 1,000,000 participant rows shaped like a children and young people's
 *       guided self-help export (SDQ scores, sessions, gender, pathway, first-session date,
 *       referral source) with spreadsheet debris: never-attended rows, blank and "n/a" scores,
 *       error codes, padded cells, out-of-range scores, blank or erroneous categories, fractional
 *       or blank sessions, blank and repeated participant ids;</li>
 *   <li>{@code bootstrap}: 100,000 clean participant rows and the bootstrap settings;</li>
 *   <li>{@code psa}: the PSA specification ({@code inputs.csv} with each input's base, range and
 *       distribution in its natural parameters; {@code settings.csv});</li>
 *   <li>{@code roi}: 1,340,000 contact rows over 2020/21 to 2024/25 shaped like a crisis
 *       service's contact export, with the unit and programme costs in {@code costs.csv}.</li>
 * </ul>
 * Usage: {@code PeerInputs <folder> [workload ...]}; without workloads, all are written.
 */
public final class PeerInputs {

  /** The seed of every generated file. */
  public static final long SEED = 20261205L;

  private static final String[] GENDERS = {"F", "M"};
  private static final String[] REFERRALS = {"Self", "GP", "School", "CAMHS", "Other"};
  private static final String[] PATHWAYS = {"Anxiety", "Anxiety", "Anxiety", "Anger", "Low mood", "Other"};
  private static final String[] ERRORS = {"#VALUE!", "#REF!", "#N/A", "#DIV/0!"};
  private static final LocalDate FIRST_DATE = LocalDate.of(2019, 4, 1);
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final String[] YEARS = {"2020/21", "2021/22", "2022/23", "2023/24", "2024/25"};
  private static final double[] YEAR_SHARES = {0.15, 0.19, 0.21, 0.22, 0.23};
  private static final String[] ALTERNATIVES = {"111", "A&E", "AMHT", "Ambulance", "Friends/family", "GP", "None",
      "Samaritans"};
  private static final double[] ALTERNATIVE_WEIGHTS = {0.18, 0.16, 0.12, 0.04, 0.12, 0.10, 0.22, 0.06};
  private static final String[] MODES = {"Phone", "Face to face", "Video"};
  private static final String[] CONTACT_REFERRALS = {"Self", "GP", "AMHT", "NHS 111", "Police", "A&E", "Other"};

  private PeerInputs() {
  }

  /**
   * Writes the files.
   *
   * @param args the folder, then optionally the workloads to write
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: PeerInputs <folder> [outcomes|bootstrap|psa|roi ...]");
    }
    Path root = Path.of(args[0]);
    List<String> which = args.length > 1 ? List.of(args).subList(1, args.length)
        : List.of("outcomes", "bootstrap", "psa", "roi");
    for (String w : which) {
      Path folder = Files.createDirectories(root.resolve(w));
      switch (w) {
        case "outcomes" -> outcomes(folder, 1_000_000);
        case "bootstrap" -> bootstrap(folder, 100_000);
        case "psa" -> psa(folder);
        case "roi" -> contacts(folder, 1_340_000);
        default -> throw new IllegalArgumentException("unknown workload '" + w
            + "'; expected outcomes, bootstrap, psa or roi");
      }
    }
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
  }

  private static void settings(Path folder, String... keyValues) throws IOException {
    try (Writer w = writer(folder.resolve("settings.csv"))) {
      w.write("key,value\n");
      for (int i = 0; i < keyValues.length; i += 2) {
        w.write(keyValues[i] + "," + keyValues[i + 1] + "\n");
      }
    }
  }

  private static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  private static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  private static int score(int s) {
    return Math.max(0, Math.min(40, s));
  }

  /**
   * Writes {@code participants.csv} (participant rows with debris) and {@code settings.csv}.
   *
   * @param folder the folder
   * @param n the number of rows
   * @throws IOException if a file cannot be written
   */
  public static void outcomes(Path folder, int n) throws IOException {
    SplittableRandom r = new SplittableRandom(SEED);
    long days = ChronoUnit.DAYS.between(FIRST_DATE, LocalDate.of(2025, 3, 31));
    try (Writer w = writer(folder.resolve("participants.csv"))) {
      w.write("participant_id,first_session_date,gender,referral_source,pathway,sdq_initial,sdq_final,"
          + "sessions_attended\n");
      StringBuilder row = new StringBuilder(96);
      for (int i = 1; i <= n; i++) {
        row.setLength(0);
        int roll = r.nextInt(10_000);
        if (roll < 5) {
          row.append("");
        } else if (roll < 35 && i > 1) {
          row.append(String.format(Locale.ROOT, "CYP-%07d", 1 + r.nextInt(i - 1)));
        } else {
          row.append(String.format(Locale.ROOT, "CYP-%07d", i));
        }
        LocalDate first = FIRST_DATE.plusDays(r.nextLong(days + 1));
        row.append(',');
        if (chance(r, 0.01)) {
          row.append(ChronoUnit.DAYS.between(EXCEL_EPOCH, first));
        } else {
          row.append(String.format(Locale.ROOT, "%02d/%02d/%04d", first.getDayOfMonth(), first.getMonthValue(),
              first.getYear()));
        }
        int g = r.nextInt(1000);
        row.append(',').append(g < 10 ? "" : g < 15 ? "n/a" : g < 17 ? "#N/A" : pick(r, GENDERS));
        row.append(',').append(pick(r, REFERRALS));
        row.append(',').append(chance(r, 0.01) ? "n/a" : pick(r, PATHWAYS));
        int baseline = 8 + r.nextInt(25);
        int sessions = chance(r, 0.04) ? 0 : 1 + r.nextInt(8);
        double improvement = 0.4 * baseline - 3 + 0.8 * Math.min(sessions, 6) + 2.5 * r.nextGaussian();
        String initial = Integer.toString(baseline);
        String last = sessions == 0 ? "" : Integer.toString(score((int) Math.round(baseline - improvement)));
        int d = r.nextInt(1000);
        if (d < 50) {
          last = "";
        } else if (d < 55) {
          last = "n/a";
        } else if (d < 60) {
          initial = "";
        } else if (d < 65) {
          last = pick(r, ERRORS);
        } else if (d < 70) {
          initial = pick(r, ERRORS);
        } else if (d < 80) {
          initial = " " + initial;
        } else if (d < 90) {
          last = last + " ";
        } else if (d < 92) {
          last = Integer.toString(41 + r.nextInt(5));
        }
        String sessionCell = Integer.toString(sessions);
        int s = r.nextInt(1000);
        if (s < 1) {
          sessionCell = "2.5";
        } else if (s < 2) {
          sessionCell = "";
        }
        row.append(',').append(initial).append(',').append(last).append(',').append(sessionCell).append('\n');
        w.append(row);
      }
    }
    settings(folder, "programme_cost", "2500000.00", "cost_price_base", "2024/25", "reference_gender", "F",
        "reference_pathway", "Anxiety");
  }

  /** Clean participant rows for the bootstrap. */
  static void bootstrap(Path folder, int n) throws IOException {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    try (Writer w = writer(folder.resolve("participants.csv"))) {
      w.write("participant_id,sdq_initial,sdq_final,sessions_attended\n");
      for (int i = 1; i <= n; i++) {
        int baseline = 8 + r.nextInt(25);
        int sessions = 1 + r.nextInt(8);
        double improvement = 0.4 * baseline - 3 + 0.8 * Math.min(sessions, 6) + 2.5 * r.nextGaussian();
        int last = score((int) Math.round(baseline - improvement));
        w.write(String.format(Locale.ROOT, "B%06d,%d,%d,%d%n", i, baseline, last, sessions));
      }
    }
    settings(folder, "resamples", "2000", "seed", "20250611", "level", "0.95", "threads", "2", "programme_cost",
        "250000.00", "cost_price_base", "2024/25", "jackknife_groups", "200");
  }

  /** The PSA specification. */
  static void psa(Path folder) throws IOException {
    try (Writer w = writer(folder.resolve("inputs.csv"))) {
      w.write("name,base,low,high,distribution,p1,p2,p3\n");
      for (UncertainInput in : CrisisServicePsa.inputs()) {
        Distribution d = in.distribution().orElseThrow();
        String spec;
        if (d instanceof Distribution.LogNormal x) {
          spec = "lognormal," + x.mu() + "," + x.sigma() + ",";
        } else if (d instanceof Distribution.Gamma x) {
          spec = "gamma," + x.shape() + "," + x.scale() + ",";
        } else if (d instanceof Distribution.Beta x) {
          spec = "beta," + x.alpha() + "," + x.beta() + ",";
        } else if (d instanceof Distribution.Pert x) {
          spec = "pert," + x.min() + "," + x.mode() + "," + x.max();
        } else if (d instanceof Distribution.Triangular x) {
          spec = "triangular," + x.min() + "," + x.mode() + "," + x.max();
        } else if (d instanceof Distribution.Uniform x) {
          spec = "uniform," + x.min() + "," + x.max() + ",";
        } else if (d instanceof Distribution.Normal x) {
          spec = "normal," + x.mu() + "," + x.sigma() + ",";
        } else {
          throw new IllegalStateException("no file form for " + d);
        }
        w.write(in.name() + "," + in.base() + "," + in.low() + "," + in.high() + "," + spec + "\n");
      }
    }
    settings(folder, "iterations", "10000", "seed", "20261123", "threads", "2", "years",
        Integer.toString(CrisisServicePsa.YEARS), "discount_rate", "0.035", "interval_percent", "95", "thresholds",
        "0;0.5;1;1.5;2;3");
  }

  /**
   * Writes {@code contacts.csv} (contact rows) and {@code costs.csv} (the cost table).
   *
   * @param folder the folder
   * @param n the number of contacts
   * @throws IOException if a file cannot be written
   */
  public static void contacts(Path folder, int n) throws IOException {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    double[] cumulative = new double[ALTERNATIVE_WEIGHTS.length];
    double total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      total += ALTERNATIVE_WEIGHTS[i];
      cumulative[i] = total;
    }
    try (Writer w = writer(folder.resolve("contacts.csv"))) {
      w.write("contact_id,participant_id,financial_year,contact_mode,attended,age,referral_source,location,"
          + "alternative\n");
      StringBuilder row = new StringBuilder(96);
      int participant = 0;
      int left = 0;
      int done = 0;
      for (int y = 0; y < YEARS.length; y++) {
        int inYear = y == YEARS.length - 1 ? n - done : (int) Math.round(n * YEAR_SHARES[y]);
        for (int k = 0; k < inYear; k++) {
          if (left == 0) {
            participant++;
            left = 1 + r.nextInt(8);
          }
          left--;
          row.setLength(0);
          row.append("C").append(done + k + 1).append(",SH").append(participant).append(',');
          int yr = r.nextInt(10_000);
          row.append(yr < 3 ? "" : yr < 5 ? "#REF!" : YEARS[y]).append(',');
          double m = r.nextDouble();
          String mode = m < 0.69 ? MODES[0] : m < 0.73 ? MODES[2] : MODES[1];
          row.append(mode).append(',');
          boolean attended = !chance(r, 0.06);
          row.append(attended ? (chance(r, 0.02) ? "Yes" : "yes") : "no").append(',');
          row.append(Math.max(18, Math.min(90, (int) Math.round(38 + 13 * r.nextGaussian())))).append(',');
          row.append(pick(r, CONTACT_REFERRALS)).append(',');
          row.append(mode.equals("Face to face") ? (chance(r, 0.6) ? "Town centre hub" : "Hospital site") : "Remote")
              .append(',');
          String alternative;
          if (attended ? chance(r, 0.09) : chance(r, 0.7)) {
            alternative = chance(r, 0.8) ? "" : "n/a";
          } else if (chance(r, 0.001)) {
            alternative = "#N/A";
          } else {
            double u = r.nextDouble() * total;
            int a = 0;
            while (u >= cumulative[a] && a < cumulative.length - 1) {
              a++;
            }
            alternative = ALTERNATIVES[a];
            int v = r.nextInt(100);
            if (v == 0) {
              alternative = alternative.toLowerCase(Locale.ROOT);
            } else if (v == 1) {
              alternative = " " + alternative;
            }
          }
          row.append(alternative).append('\n');
          w.append(row);
        }
        done += inYear;
      }
    }
    writeCosts(folder);
  }

  private static void writeCosts(Path folder) throws IOException {
    String[] costed = {"111", "A&E", "AMHT", "Ambulance", "GP"};
    double[] unit2425 = {15.25, 280.17, 386.00, 471.00, 42.00};
    double[] deflator = {0.851002, 0.900000, 0.930000, 0.970000, 1.0};
    String[] programme = {"17000000", "19000000", "20500000", "22000000", "23500000"};
    List<String> lines = new ArrayList<>();
    lines.add("kind,alternative,financial_year,amount,note");
    for (int a = 0; a < costed.length; a++) {
      for (int y = 0; y < YEARS.length; y++) {
        lines.add("unit," + costed[a] + "," + YEARS[y] + ","
            + String.format(Locale.ROOT, "%.2f", unit2425[a] * deflator[y]) + ",synthetic unit cost in "
            + YEARS[y] + " prices");
      }
    }
    lines.add("zero,Friends/family,,0,no public service used");
    lines.add("zero,None,,0,would have gone nowhere");
    for (int y = 0; y < YEARS.length; y++) {
      lines.add("programme,," + YEARS[y] + "," + programme[y] + ",synthetic programme cost in " + YEARS[y] + " prices");
    }
    Files.write(folder.resolve("costs.csv"), lines, StandardCharsets.UTF_8);
  }
}
