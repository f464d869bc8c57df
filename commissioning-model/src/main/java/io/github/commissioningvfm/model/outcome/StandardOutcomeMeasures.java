package io.github.commissioningvfm.model.outcome;

/**
 * The outcome measures shipped with the library, with thresholds only where the figure was
 * checked against its source.
 *
 * <p>Thresholds deliberately left empty, because no primary source was at hand to verify them:
 * SDQ reliable and meaningful change (the 2.86-point figure attributed to Wolpert et al. 2014
 * could not be checked), WEMWBS (Maheswaran et al. 2012 report a standard error of measurement
 * of 2.4 to 3.1 points across studies, not a single threshold), SWEMWBS meaningful change,
 * CORE-10 and ReQoL-10 reliable change. Supply a figure you rely on with
 * {@link OutcomeMeasure#withMeaningfulChange(ChangeThreshold)}.
 *
 * @since 0.1.0
 */
public final class StandardOutcomeMeasures {

  /**
   * Where the NHS Talking Therapies figures (reliable change 6 on PHQ-9 and 4 on GAD-7; caseness 10
   * and 8) were checked. Only secondary sources were read; the NHS Talking Therapies Manual
   * (National Collaborating Centre for Mental Health for NHS England) was not read at the page that
   * gives them, so it is not cited for them.
   */
  static final String TALKING_THERAPIES_THRESHOLDS = "NHS Talking Therapies reliable change: a fall of 6 or"
      + " more points on PHQ-9 and 4 or more on GAD-7; caseness 10 (PHQ-9) and 8 (GAD-7). Verified only in"
      + " secondary sources: PMC8411661, table 1 (citing NHS Digital 2016); BMC Psychiatry 2018,"
      + " doi:10.1186/s12888-018-1987-1, table 1; the NHS Talking Therapies Manual was not read for them";

  /**
   * Strengths and Difficulties Questionnaire, total difficulties score: 0 to 40, lower is better.
   */
  public static final OutcomeMeasure SDQ_TOTAL = OutcomeMeasure.builder("sdq-total")
      .name("Strengths and Difficulties Questionnaire, total difficulties")
      .range(0, 40)
      .direction(ScoreDirection.LOWER_IS_BETTER)
      .rangeCitation("Goodman R. (1997) The Strengths and Difficulties Questionnaire: a research note."
          + " J Child Psychol Psychiatry 38(5):581-586; total difficulties = sum of four 0-10 problem"
          + " subscales")
      .build();

  /** Warwick-Edinburgh Mental Wellbeing Scale, 14 items scored 1 to 5: 14 to 70, higher is better. */
  public static final OutcomeMeasure WEMWBS = OutcomeMeasure.builder("wemwbs")
      .name("Warwick-Edinburgh Mental Wellbeing Scale (14 items)")
      .range(14, 70)
      .direction(ScoreDirection.HIGHER_IS_BETTER)
      .rangeCitation("University of Warwick, WEMWBS 'Collect, score, analyse and interpret':"
          + " 14 items scored 1-5, total 14-70")
      .build();

  /**
   * Short Warwick-Edinburgh Mental Wellbeing Scale (7 items, Rasch-transformed metric score):
   * 7 to 35, higher is better; reliable change 2.87 points (2.77 standard errors of measurement,
   * that is 1.96 x sqrt(2) x SEM with SEM 1.03 points).
   */
  public static final OutcomeMeasure SWEMWBS = OutcomeMeasure.builder("swemwbs")
      .name("Short Warwick-Edinburgh Mental Wellbeing Scale (7 items, metric score)")
      .range(7, 35)
      .direction(ScoreDirection.HIGHER_IS_BETTER)
      .rangeCitation("University of Warwick, WEMWBS 'Collect, score, analyse and interpret':"
          + " SWEMWBS raw scores 7-35 are transformed to the metric score")
      .reliableChange(2.87, "Shah N, Cader M, Andrews W, Wijesekera D, Stewart-Brown SL (2018)"
          + " Responsiveness of the Short Warwick Edinburgh Mental Well-Being Scale (SWEMWBS):"
          + " evaluation in a clinical sample. Health Qual Life Outcomes 16:239, abstract:"
          + " 2.77 SEM = 2.87 points")
      .build();

  /** Patient Health Questionnaire, 9 items: 0 to 27, lower is better; reliable change 6 points. */
  public static final OutcomeMeasure PHQ9 = OutcomeMeasure.builder("phq-9")
      .name("Patient Health Questionnaire (9 items)")
      .range(0, 27)
      .direction(ScoreDirection.LOWER_IS_BETTER)
      .rangeCitation("Kroenke K, Spitzer RL, Williams JB (2001) The PHQ-9. J Gen Intern Med 16(9):606-613;"
          + " nine items scored 0-3")
      .reliableChange(6, TALKING_THERAPIES_THRESHOLDS)
      .build();

  /** Generalised Anxiety Disorder scale, 7 items: 0 to 21, lower is better; reliable change 4 points. */
  public static final OutcomeMeasure GAD7 = OutcomeMeasure.builder("gad-7")
      .name("Generalised Anxiety Disorder Assessment (7 items)")
      .range(0, 21)
      .direction(ScoreDirection.LOWER_IS_BETTER)
      .rangeCitation("Spitzer RL, Kroenke K, Williams JB, Loewe B (2006) A brief measure for assessing"
          + " generalized anxiety disorder: the GAD-7. Arch Intern Med 166(10):1092-1097; seven items"
          + " scored 0-3")
      .reliableChange(4, TALKING_THERAPIES_THRESHOLDS)
      .build();

  /** Clinical Outcomes in Routine Evaluation, 10 items: 0 to 40, lower is better. */
  public static final OutcomeMeasure CORE10 = OutcomeMeasure.builder("core-10")
      .name("Clinical Outcomes in Routine Evaluation (10 items)")
      .range(0, 40)
      .direction(ScoreDirection.LOWER_IS_BETTER)
      .rangeCitation("Barkham M et al. (2013) The CORE-10: a short measure of psychological distress"
          + " for routine use in the psychological therapies. Couns Psychother Res 13(1):3-13;"
          + " ten items scored 0-4, clinical cut-off 11")
      .build();

  /** Recovering Quality of Life, 10 items: 0 to 40, higher is better. */
  public static final OutcomeMeasure REQOL10 = OutcomeMeasure.builder("reqol-10")
      .name("Recovering Quality of Life (10 items)")
      .range(0, 40)
      .direction(ScoreDirection.HIGHER_IS_BETTER)
      .rangeCitation("Keetharuth AD et al. (2018) Recovering Quality of Life (ReQoL): a new generic"
          + " self-reported outcome measure for use with people experiencing mental health"
          + " difficulties. Br J Psychiatry 212(1):42-49; ten items scored 0-4 (4 best); scores below 24"
          + " in the clinical range (Franklin M et al. 2021, Qual Life Res, table 1)")
      .build();

  private StandardOutcomeMeasures() {
  }
}
