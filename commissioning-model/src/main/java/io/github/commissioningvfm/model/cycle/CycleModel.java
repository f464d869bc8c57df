package io.github.commissioningvfm.model.cycle;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * A published model of the commissioning cycle: named stages in their ideal order.
 *
 * @param id a short id
 * @param name the model's name
 * @param stages the stage names in order, at least one
 * @param source where the model is described
 * @since 0.1.0
 */
public record CycleModel(String id, String name, List<String> stages, String source) {

  /** The NHS England commissioning cycle: three stages of three activities. */
  public static final CycleModel NHS_ENGLAND = new CycleModel("nhs-england", "NHS England commissioning cycle",
      List.of("strategic planning", "procuring services", "monitoring and evaluation"),
      "NHS England commissioning cycle (three stages, three activities each)");
  /** The Cabinet Office definition of commissioning. */
  public static final CycleModel CABINET_OFFICE = new CycleModel("cabinet-office", "Cabinet Office definition",
      List.of("assess needs", "design a service", "secure it"), "Cabinet Office definition of commissioning");
  /** The four-stage "understand, plan, do, review" cycle. */
  public static final CycleModel UNDERSTAND_PLAN_DO_REVIEW = new CycleModel("understand-plan-do-review",
      "Understand, plan, do, review", List.of("understand", "plan", "do", "review"),
      "four-stage commissioning cycle used in local government");

  /**
   * Creates a model.
   *
   * @param id a short id
   * @param name the name
   * @param stages the stage names
   * @param source where it is described
   */
  public CycleModel {
    Args.notBlank(id, "id");
    Args.notBlank(name, "name");
    stages = List.copyOf(Args.notEmpty(stages, "stages"));
    stages.forEach(s -> Args.notBlank(s, "stages"));
    Args.notBlank(source, "source");
  }

  /**
   * The published models the library knows.
   *
   * @return the NHS England, Cabinet Office and understand-plan-do-review models
   */
  public static List<CycleModel> published() {
    return List.of(NHS_ENGLAND, CABINET_OFFICE, UNDERSTAND_PLAN_DO_REVIEW);
  }
}
