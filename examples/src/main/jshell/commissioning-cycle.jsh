// A service's commissioning history as dated events, and what the cycle check finds.
var history = CommissioningCycleExample.history();
System.out.println(history.service() + ": " + history.events().size() + " events in cycles " + history.cycles());
history.findings().forEach(f -> System.out.println(f.kind().severity() + " " + f.kind() + ": " + f.message()));
var later = history.with(CommissioningEvent.of("2024 re-procurement", "2025-06-30", EventType.EVALUATION, "first-year evaluation"));
System.out.println("after recording an evaluation: " + later.findings().size() + " findings");
// Across the 2022 transition: a CCG named on an event after 30 June 2022 is a contradiction.
CommissionerChecks.findings(history, CommissioningCycleExample.responsibilities()).forEach(System.out::println);
// The 2024 re-procurement under the Provider Selection Regime: process C refused, the considerable change explained.
System.out.println(PsrAssessment.of(CommissioningCycleExample.reprocurement()));
