package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rule.RuleStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Provider Selection Regime processes are open in given circumstances, and why: the decision
 * path of the Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348),
 * regulation 6, as NHS England's "Provider Selection Regime: getting to the right decision" lays it
 * out.
 *
 * <ol>
 * <li>A framework agreement must be concluded through the competitive process; direct award
 * processes A and B cannot conclude one.</li>
 * <li>Direct award process A is mandatory where there is an existing provider and only it can
 * provide the services, owing to their nature.</li>
 * <li>Direct award process B is mandatory where patients have an unrestricted choice of
 * provider.</li>
 * <li>Otherwise direct award process C may be followed only if an existing contract is expiring
 * and is to be replaced, the existing provider is satisfying it and is likely to satisfy the new
 * one, and the considerable change threshold is not met ({@link ConsiderableChangeThreshold}):
 * not materially different in character, and not a rise attributable to the authority of at least
 * the threshold's pounds and percentage. Where the rise reaches the pounds but the percentage is
 * not known, process C is {@link ProcessStatus#UNDETERMINED} and the reason gives the rise in
 * pounds and as a share of the existing value, for the reader to check against the regulation.</li>
 * <li>The most suitable provider process may be followed when A and B are not required and the
 * authority can identify the most suitable provider without a competition.</li>
 * <li>The competitive process may always be followed when A and B are not required.</li>
 * </ol>
 *
 * <p>Citations. Paragraphs (1) to (5) of regulation 6 were read in the Regulations as made on
 * legislation.gov.uk: 6(3) sets the three conditions of direct award process A (an existing
 * provider; the authority satisfied that, owing to the nature of the services, only it can provide
 * them; not to conclude a framework agreement), 6(4) the five of direct award process B (patients
 * offered a choice of provider; their number not restricted by the authority; contracts offered to
 * every provider meeting the requirements; arrangements for providers to express an interest; not
 * a framework agreement), and 6(5) opens direct award process C with (a) processes A and B not
 * required and (b) an existing contract due to expire and to be replaced. The rest of 6(5) (the
 * satisfactory existing provider) and the later paragraphs (the most suitable provider process,
 * the competitive process, framework agreements and the considerable change threshold, which NHS
 * England's "getting to the right decision" places in 6(10) to 6(12)) were not read there; those
 * steps name the regulation without a paragraph, or say which paragraph was not read, and follow
 * NHS England's decision path and summaries of regulation 6 (Freeths, 2024; Burges Salmon, 2024).
 * Regulation numbers (7 to 11 the five processes, 12 the standstill period, 13 modifications, Part
 * 3 framework agreements) were read in the table of contents. The notices of intention to award
 * cite the schedules that set their content, which were read: Schedule 3 (regulation 9(4), process
 * C) in the draft Regulations of October 2023, Schedule 10 (regulation 11(10), competitive process)
 * in the Regulations as made. Modifications of a contract during its term are a separate rule,
 * regulation 13: see {@link PsrModificationAssessment}.
 *
 * @param path the questions asked, with answers and regulations, in order
 * @param options every process with its status, reason and regulation
 * @since 0.1.0
 */
public record PsrAssessment(List<RuleStep> path, List<ProcessOption> options) {

  /** The regulations' title, as cited. */
  public static final String REGULATIONS =
      "Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)";

  /**
   * Creates an assessment.
   *
   * @param path the decision path
   * @param options the options, one per PSR process
   */
  public PsrAssessment {
    path = List.copyOf(Args.notEmpty(Args.noNullElements(path, "path"), "path"));
    options = List.copyOf(Args.notEmpty(Args.noNullElements(options, "options"), "options"));
  }

  static Provenance regulation(String key, String location) {
    return Provenance.of(REGULATIONS, "as made", "psr.reg-" + key, location);
  }

  /**
   * Assesses circumstances against regulation 6 with the considerable change threshold as far as
   * it was verified ({@link ConsiderableChangeThreshold#standard()}).
   *
   * @param c the circumstances
   * @return the assessment
   */
  public static PsrAssessment of(PsrCircumstances c) {
    return of(c, ConsiderableChangeThreshold.standard());
  }

  /**
   * Assesses circumstances against regulation 6 with a given considerable change threshold, for
   * example the standard one completed with the percentage the caller read in the regulation.
   *
   * @param c the circumstances
   * @param threshold the considerable change threshold
   * @return the assessment
   */
  public static PsrAssessment of(PsrCircumstances c, ConsiderableChangeThreshold threshold) {
    Args.notNull(c, "circumstances");
    Args.notNull(threshold, "threshold");
    List<RuleStep> path = new ArrayList<>();
    Map<ProcurementRoute, ProcessOption> out = new EnumMap<>(ProcurementRoute.class);
    Provenance r68 = regulation("6-framework", "regulation 6(3)(c) and (4)(e) (processes A and B are "
        + "not for concluding a framework agreement; the paragraph requiring the competitive process for one was "
        + "not read) and Part 3 (framework agreements)");
    Provenance r63 = regulation("6-7", "regulation 6(3) (when Direct Award Process A must be followed) and "
        + "regulation 7");
    Provenance r64 = regulation("6-8", "regulation 6(4) (when Direct Award Process B must be followed) and "
        + "regulation 8");
    Provenance r65 = regulation("6-9", "regulation 6(5) (when Direct Award Process C may be followed; "
        + "sub-paragraphs (a) and (b) read) and regulation 9");
    Provenance r610 = threshold.source();
    Provenance r66 = regulation("6-10", "regulations 6 and 10 (Most Suitable Provider Process)");
    Provenance r67 = regulation("6-11", "regulations 6 and 11 (Competitive Process)");
    if (c.frameworkAgreement()) {
      path.add(new RuleStep("Is the procurement to conclude a framework agreement?", "Yes: a framework agreement "
          + "must be concluded through the competitive process.", r68));
      String why = "a framework agreement must be concluded through the competitive process";
      for (ProcurementRoute route : psrRoutes()) {
        out.put(route, route == ProcurementRoute.COMPETITIVE_PROCESS
            ? new ProcessOption(route, ProcessStatus.MANDATORY, why, r68)
            : new ProcessOption(route, ProcessStatus.NOT_AVAILABLE, why, r68));
      }
      return new PsrAssessment(path, List.copyOf(out.values()));
    }
    path.add(new RuleStep("Is the procurement to conclude a framework agreement?", "No.", r68));
    boolean onlyIncumbent = c.existingProvider() && c.onlyExistingProviderCapable();
    path.add(new RuleStep("Is there an existing provider that is the only one capable of providing the services?",
        onlyIncumbent ? "Yes: direct award process A must be followed." : "No: direct award process A does not apply.",
        r63));
    if (onlyIncumbent) {
      return mandatory(path, out, ProcurementRoute.DIRECT_AWARD_A, "only the existing provider can provide the "
          + "services, so direct award process A must be followed", r63);
    }
    out.put(ProcurementRoute.DIRECT_AWARD_A, new ProcessOption(ProcurementRoute.DIRECT_AWARD_A,
        ProcessStatus.NOT_AVAILABLE, c.existingProvider() ? "other providers could provide the services"
            : "there is no existing provider", r63));
    path.add(new RuleStep("Do patients have an unrestricted choice of provider, with a contract for every provider "
        + "that meets the requirements?", c.unrestrictedPatientChoice()
            ? "Yes: direct award process B must be followed." : "No: direct award process B does not apply.", r64));
    if (c.unrestrictedPatientChoice()) {
      return mandatory(path, out, ProcurementRoute.DIRECT_AWARD_B, "patients have an unrestricted choice of "
          + "provider, so direct award process B must be followed", r64);
    }
    out.put(ProcurementRoute.DIRECT_AWARD_B, new ProcessOption(ProcurementRoute.DIRECT_AWARD_B,
        ProcessStatus.NOT_AVAILABLE, "patient choice of provider is not unrestricted", r64));
    out.put(ProcurementRoute.DIRECT_AWARD_C, processC(c, threshold, path, r65, r610));
    path.add(new RuleStep("Can the authority identify the most suitable provider without a competition?",
        c.mostSuitableProviderIdentifiable() ? "Yes: the most suitable provider process may be followed."
            : "No: the most suitable provider process is not open.", r66));
    out.put(ProcurementRoute.MOST_SUITABLE_PROVIDER, new ProcessOption(ProcurementRoute.MOST_SUITABLE_PROVIDER,
        c.mostSuitableProviderIdentifiable() ? ProcessStatus.AVAILABLE : ProcessStatus.NOT_AVAILABLE,
        c.mostSuitableProviderIdentifiable() ? "the authority can identify the most suitable provider without a "
            + "competition" : "the authority cannot identify the most suitable provider without a competition", r66));
    out.put(ProcurementRoute.COMPETITIVE_PROCESS, new ProcessOption(ProcurementRoute.COMPETITIVE_PROCESS,
        ProcessStatus.AVAILABLE, "direct award processes A and B are not required, so a competition may be run",
        r67));
    return new PsrAssessment(path, List.copyOf(out.values()));
  }

  private static ProcessOption processC(PsrCircumstances c, ConsiderableChangeThreshold threshold,
      List<RuleStep> path, Provenance r65, Provenance r610) {
    ProcurementRoute route = ProcurementRoute.DIRECT_AWARD_C;
    if (!c.existingContractExpiring()) {
      path.add(new RuleStep("Is an existing contract expiring, to be replaced by a new one?", "No: direct award "
          + "process C is not open.", r65));
      return new ProcessOption(route, ProcessStatus.NOT_AVAILABLE, "no existing contract is expiring", r65);
    }
    path.add(new RuleStep("Is an existing contract expiring, to be replaced by a new one?", "Yes.", r65));
    if (!c.incumbentSatisfactory()) {
      path.add(new RuleStep("Is the existing provider satisfying the contract and likely to satisfy the new one?",
          "No: direct award process C must not be followed.", r65));
      return new ProcessOption(route, ProcessStatus.NOT_AVAILABLE, "the existing provider is not satisfying the "
          + "existing contract to a sufficient standard", r65);
    }
    path.add(new RuleStep("Is the existing provider satisfying the contract and likely to satisfy the new one?",
        "Yes.", r65));
    if (c.materiallyDifferentInCharacter()) {
      path.add(new RuleStep("Is the considerable change threshold met?", "Yes: the proposed arrangements are "
          + "materially different in character from the existing contract, so direct award process C is refused; "
          + "the most suitable provider process or the competitive process may be followed.", r610));
      return new ProcessOption(route, ProcessStatus.NOT_AVAILABLE, "the change is considerable: the proposed "
          + "arrangements are materially different in character from the existing contract", r610);
    }
    Money existing = c.existingLifetimeValue();
    Money proposed = c.proposedLifetimeValue();
    Money increase = proposed.minus(existing);
    String values = " (from " + existing.format() + " to " + proposed.format() + ")";
    String question = "Is the considerable change threshold met?";
    if (!c.changeAttributableToAuthority() || increase.compareTo(threshold.minimumIncrease()) < 0) {
      path.add(new RuleStep(question, "No: the arrangements are not materially different in character, and "
          + (c.changeAttributableToAuthority() ? "the lifetime value rises by " + increase.format() + values
              + ", less than " + threshold.minimumIncrease().format()
              : "the change is not attributable to the authority's decision") + "; direct award process C may be "
          + "followed.", r610));
      return new ProcessOption(route, ProcessStatus.AVAILABLE, "an expiring contract, a satisfactory existing "
          + "provider and no considerable change", r65);
    }
    String rise = "the change is the authority's decision and the lifetime value rises by " + increase.format()
        + values + (existing.isZero() ? ", from nothing" : ", " + ConsiderableChangeThreshold.relativeRise(existing,
            proposed) + " of the existing value") + ", at least " + threshold.minimumIncrease().format();
    Optional<Boolean> reached = threshold.reachesMinimumRise(existing, proposed);
    if (reached.isEmpty()) {
      path.add(new RuleStep(question, "Cannot be decided here: " + rise + "; whether the rise also reaches the "
          + "percentage of the value condition must be checked in regulation 6 before direct award process C is "
          + "used (" + threshold.note() + ").", r610));
      return new ProcessOption(route, ProcessStatus.UNDETERMINED, "the lifetime value rises by "
          + increase.format() + (existing.isZero() ? " from nothing" : " ("
              + ConsiderableChangeThreshold.relativeRise(existing, proposed) + ")")
          + "; check the percentage of the considerable change threshold", r610);
    }
    String percentage = threshold.minimumRise().map(Object::toString).orElse("any percentage");
    if (reached.get()) {
      path.add(new RuleStep(question, "Yes: " + rise + " and at least " + percentage + " of the existing value, so "
          + "direct award process C is refused; the most suitable provider process or the competitive process may be "
          + "followed.", r610));
      return new ProcessOption(route, ProcessStatus.NOT_AVAILABLE, "the change is considerable: the authority's "
          + "decision raises the lifetime value by " + increase.format() + ", at least "
          + threshold.minimumIncrease().format() + " and at least " + percentage + " of the existing value", r610);
    }
    path.add(new RuleStep(question, "No: " + rise + " but less than " + percentage + " of the existing value; direct "
        + "award process C may be followed.", r610));
    return new ProcessOption(route, ProcessStatus.AVAILABLE, "an expiring contract, a satisfactory existing provider "
        + "and no considerable change", r65);
  }

  private static PsrAssessment mandatory(List<RuleStep> path, Map<ProcurementRoute, ProcessOption> out,
      ProcurementRoute route, String why, Provenance rule) {
    for (ProcurementRoute r : psrRoutes()) {
      out.put(r, new ProcessOption(r, r == route ? ProcessStatus.MANDATORY : ProcessStatus.NOT_AVAILABLE, why, rule));
    }
    return new PsrAssessment(path, List.copyOf(out.values()));
  }

  private static List<ProcurementRoute> psrRoutes() {
    return List.of(ProcurementRoute.DIRECT_AWARD_A, ProcurementRoute.DIRECT_AWARD_B, ProcurementRoute.DIRECT_AWARD_C,
        ProcurementRoute.MOST_SUITABLE_PROVIDER, ProcurementRoute.COMPETITIVE_PROCESS);
  }

  /**
   * The option for one process.
   *
   * @param route a PSR process
   * @return its option
   * @throws IllegalArgumentException if the route is not a PSR process
   */
  public ProcessOption option(ProcurementRoute route) {
    Args.notNull(route, "route");
    return options.stream().filter(o -> o.route() == route).findFirst().orElseThrow(
        () -> new IllegalArgumentException("route " + route + " is not a Provider Selection Regime process"));
  }

  /**
   * Records following a process as cycle events: the route chosen (with the reason), and for
   * direct award process C, the most suitable provider process and the competitive process the
   * notice of intention to award, the end of the standstill period and the earliest award; for
   * processes A and B the award on the notice date.
   *
   * @param cycle the cycle the events belong to
   * @param route the process followed; must be mandatory or available
   * @param decided the day the route was chosen
   * @param notice the day the notice of intention was published (or, for A and B, the award)
   * @param bankHolidays bank holidays within the standstill period; may be empty
   * @return the events, in date order
   * @throws IllegalArgumentException naming the route and its reason if it may not be followed
   */
  public List<CommissioningEvent> events(String cycle, ProcurementRoute route, LocalDate decided, LocalDate notice,
      Set<LocalDate> bankHolidays) {
    ProcessOption chosen = option(route);
    Args.notNull(decided, "decided");
    Args.notNull(notice, "notice");
    Args.check(!notice.isBefore(decided), "notice", "not be before the decision on " + decided, notice);
    if (chosen.status() == ProcessStatus.NOT_AVAILABLE || chosen.status() == ProcessStatus.UNDETERMINED) {
      throw new IllegalArgumentException("route " + route + " is " + chosen.status() + ": " + chosen.reason());
    }
    options.stream().filter(o -> o.status() == ProcessStatus.MANDATORY && o.route() != route).findFirst()
        .ifPresent(o -> {
          throw new IllegalArgumentException("route " + route + " chosen but " + o.route() + " is mandatory: "
              + o.reason());
        });
    List<CommissioningEvent> events = new ArrayList<>();
    events.add(new CommissioningEvent(cycle, decided, EventType.PROCUREMENT_ROUTE_CHOSEN, route + ": "
        + chosen.reason() + " (" + RuleStep.cite(chosen.rule()) + ")"));
    if (route == ProcurementRoute.DIRECT_AWARD_A || route == ProcurementRoute.DIRECT_AWARD_B) {
      events.add(new CommissioningEvent(cycle, notice, EventType.AWARD, route + ": no standstill period applies ("
          + RuleStep.cite(StandstillPeriod.RULE) + ")"));
      return events;
    }
    StandstillPeriod standstill = StandstillPeriod.after(notice, bankHolidays);
    events.add(new CommissioningEvent(cycle, notice, EventType.INTENTION_TO_AWARD_NOTICE, route
        + ": notice of intention to award published (" + RuleStep.cite(noticeRule(route)) + ")"));
    events.add(new CommissioningEvent(cycle, standstill.lastDayForRepresentations(), EventType.STANDSTILL_END,
        "representations until midnight at the end of the " + StandstillPeriod.WORKING_DAYS
            + "th working day after the standstill began on " + standstill.begins() + " ("
            + RuleStep.cite(StandstillPeriod.RULE) + ")"));
    events.add(new CommissioningEvent(cycle, standstill.earliestAward(), EventType.AWARD,
        "earliest award if no representations were made"));
    return events;
  }

  /**
   * Where the content of the notice of intention to award is set, for the three processes that
   * have one: Schedule 3 (regulation 9(4), Direct Award Process C; read in the draft Regulations laid
   * in October 2023) and Schedule 10 (regulation 11(10), Competitive Process; read in the
   * Regulations as made). The schedule for the Most Suitable Provider Process was not read.
   *
   * @param route direct award process C, the most suitable provider process or the competitive process
   * @return the citation
   */
  static Provenance noticeRule(ProcurementRoute route) {
    return switch (route) {
      case DIRECT_AWARD_C -> regulation("sch-3", "regulation 9(4) and Schedule 3 (notice of intention to award to "
          + "the existing provider)");
      case COMPETITIVE_PROCESS -> regulation("sch-10", "regulation 11(10) and Schedule 10 (notice of intention to "
          + "award under the Competitive Process)");
      case MOST_SUITABLE_PROVIDER -> regulation("10", "regulation 10 (Most Suitable Provider Process; the schedule "
          + "setting the notice's content was not read)");
      default -> throw new IllegalArgumentException("route " + route + " has no notice of intention to award");
    };
  }

  /**
   * The path and the options, numbered, for printing.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Provider Selection Regime decision path:\n").append(RuleStep.numbered(path))
        .append("\nProcesses:");
    options.forEach(o -> out.append("\n- ").append(o));
    return out.toString();
  }
}
