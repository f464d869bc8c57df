package io.github.commissioningvfm.benchmarks.outcomes;

import io.github.commissioningvfm.benchmarks.peers.PeerInputs;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.CsvStream;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactRecords;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactSchema;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the peer suite's CSV files (the same seeded generator as {@code run-peers.sh}): a
 * million participant rows with spreadsheet debris, and 1.34 million contacts, each through its
 * streaming loader; a bare streaming scan of the contact file's declared columns (the floor the
 * loader's classification adds to); and the same scan making a string of every field, for
 * comparison. The heap is capped at 512 MB, so a loader that holds the file's text fails here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class CsvLoadingBenchmark {

  /** Participant rows generated. */
  @Param({"1000000"})
  public int participants;

  /** Contacts generated. */
  @Param({"1340000"})
  public int contacts;

  private Path folder;
  private ParticipantSchema participantSchema;
  private ContactSchema contactSchema;

  /**
   * Writes the files once.
   *
   * @throws IOException if they cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("csv-loading");
    PeerInputs.outcomes(folder, participants);
    PeerInputs.contacts(folder, contacts);
    participantSchema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();
    contactSchema = ContactSchema.builder("alternative").financialYear("financial_year").attended("attended")
        .id("contact_id").build();
  }

  /**
   * Deletes the files.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /**
   * The participant loader: id, two scores, sessions and two categories of nine columns.
   *
   * @return the data
   */
  @Benchmark
  public ParticipantData participants() {
    return ParticipantData.readCsv(folder.resolve("participants.csv"), participantSchema);
  }

  /**
   * The contact loader: year, attended flag, alternative and id of nine columns, with the audit.
   *
   * @return the records
   */
  @Benchmark
  public ContactRecords contacts() {
    return ContactRecords.readCsv(folder.resolve("contacts.csv"), contactSchema);
  }

  /**
   * The streaming reader alone over the contact file, keeping the same four columns and
   * interning the year and alternative.
   *
   * @return a checksum of the lengths read
   */
  @Benchmark
  public long contactColumnsScan() {
    long sum = 0;
    try (CsvStream csv = CsvStream.open(folder.resolve("contacts.csv"), "contacts.csv", CsvReader.Dialect.LENIENT,
        InputFiles.DEFAULT_MAX_BYTES)) {
      csv.next();
      csv.select(2, 4, 8, 0);
      while (csv.next()) {
        sum += csv.interned(0).length() + csv.interned(2).length() + csv.length(1) + csv.length(3);
      }
    }
    return sum;
  }

  /**
   * The streaming reader over the contact file making a string of every field of every record
   * (none kept), as the whole-file reader did: the cost that selecting columns avoids.
   *
   * @return a checksum of the widths read
   */
  @Benchmark
  public long contactAllFieldsScan() {
    long sum = 0;
    try (CsvStream csv = CsvStream.open(folder.resolve("contacts.csv"), "contacts.csv", CsvReader.Dialect.LENIENT,
        InputFiles.DEFAULT_MAX_BYTES)) {
      while (csv.next()) {
        sum += csv.record().fields().size();
      }
    }
    return sum;
  }
}
