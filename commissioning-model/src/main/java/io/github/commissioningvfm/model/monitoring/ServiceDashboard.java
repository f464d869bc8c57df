package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A service dashboard computed from plain participant and contact records.
 *
 * <ul>
 * <li>attendance = attended contacts / booked contacts;</li>
 * <li>completion = participants who completed / participants;</li>
 * <li>referral routes: participants per route / participants;</li>
 * <li>reach by deprivation decile and by subgroup: participants per category / participants with
 * the field recorded, and how many had it missing (nothing is silently dropped).</li>
 * </ul>
 * Every share carries a 95% Wilson interval.
 *
 * @param participants the number of participants
 * @param attendance attended contacts out of booked contacts
 * @param completion completers out of participants
 * @param referralRoutes participants by referral route, in name order
 * @param reachByDecile participants by deprivation decile, 1 (most deprived) to 10
 * @param decileMissing participants with no decile recorded
 * @param reachBySubgroup participants by subgroup, in name order
 * @param subgroupMissing participants with no subgroup recorded
 * @since 0.1.0
 */
public record ServiceDashboard(long participants, RateEstimate attendance, RateEstimate completion,
    List<CountRow> referralRoutes, List<CountRow> reachByDecile, long decileMissing, List<CountRow> reachBySubgroup,
    long subgroupMissing) {

  /**
   * Creates a dashboard; use {@link #of(List, List)} to compute one.
   *
   * @param participants participants
   * @param attendance attendance
   * @param completion completion
   * @param referralRoutes by route
   * @param reachByDecile by decile
   * @param decileMissing decile missing
   * @param reachBySubgroup by subgroup
   * @param subgroupMissing subgroup missing
   */
  public ServiceDashboard {
    Args.notNegative(participants, "participants");
    Args.notNull(attendance, "attendance");
    Args.notNull(completion, "completion");
    referralRoutes = List.copyOf(Args.noNullElements(referralRoutes, "referralRoutes"));
    reachByDecile = List.copyOf(Args.noNullElements(reachByDecile, "reachByDecile"));
    Args.notNegative(decileMissing, "decileMissing");
    reachBySubgroup = List.copyOf(Args.noNullElements(reachBySubgroup, "reachBySubgroup"));
    Args.notNegative(subgroupMissing, "subgroupMissing");
  }

  /**
   * Computes the dashboard.
   *
   * @param participants the participants, each id once
   * @param contacts the booked contacts, each for a listed participant
   * @return the dashboard
   * @throws IllegalArgumentException naming the row and value of a repeated participant id or a
   *     contact for an unknown participant
   */
  public static ServiceDashboard of(List<ParticipantRecord> participants, List<ContactRecord> contacts) {
    Args.noNullElements(participants, "participants");
    Args.noNullElements(contacts, "contacts");
    Set<String> ids = Rows.uniqueIds(participants, ParticipantRecord::id, "participants", "id", "participant");
    long attended = 0;
    for (int i = 0; i < contacts.size(); i++) {
      ContactRecord c = contacts.get(i);
      if (!ids.contains(c.participantId())) {
        throw new IllegalArgumentException("contacts row " + (i + 1) + ", column participantId: no participant '"
            + c.participantId() + "'");
      }
      attended += c.attended() ? 1 : 0;
    }
    long n = participants.size();
    long completed = participants.stream().filter(ParticipantRecord::completed).count();
    long withDecile = participants.stream().filter(p -> p.deprivationDecile().isPresent()).count();
    long withSubgroup = participants.stream().filter(p -> p.subgroup().isPresent()).count();
    return new ServiceDashboard(n, new RateEstimate(attended, contacts.size(), "attendance (attended of booked contacts)"),
        new RateEstimate(completed, n, "completion (completers of participants)"),
        rows(participants, p -> Optional.of(p.referralRoute()), n, "referred by "),
        rows(participants, p -> p.deprivationDecile().map(d -> String.format(java.util.Locale.ROOT, "%02d", d)),
            withDecile, "deprivation decile "),
        n - withDecile, rows(participants, ParticipantRecord::subgroup, withSubgroup, "subgroup "), n - withSubgroup);
  }

  private static List<CountRow> rows(List<ParticipantRecord> participants,
      Function<ParticipantRecord, Optional<String>> field, long denominator, String prefix) {
    Map<String, Long> counts = new TreeMap<>();
    participants.forEach(p -> field.apply(p).ifPresent(v -> counts.merge(v, 1L, Long::sum)));
    List<CountRow> out = new ArrayList<>();
    counts.forEach((k, v) -> {
      String category = prefix.startsWith("deprivation") ? String.valueOf(Integer.parseInt(k)) : k;
      out.add(new CountRow(category, new RateEstimate(v, denominator, prefix + category)));
    });
    return out;
  }

  /**
   * The dashboard as text, one figure a line.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Service dashboard: " + participants + " participants\n" + attendance + "\n"
        + completion);
    referralRoutes.forEach(r -> out.append('\n').append(r.share()));
    reachByDecile.forEach(r -> out.append('\n').append(r.share()));
    if (decileMissing > 0) {
      out.append("\ndeprivation decile not recorded: ").append(decileMissing);
    }
    reachBySubgroup.forEach(r -> out.append('\n').append(r.share()));
    if (subgroupMissing > 0) {
      out.append("\nsubgroup not recorded: ").append(subgroupMissing);
    }
    return out.toString();
  }
}
