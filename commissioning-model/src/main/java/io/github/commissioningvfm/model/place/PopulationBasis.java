package io.github.commissioningvfm.model.place;

/**
 * How the population a budget covers is defined.
 *
 * @since 0.1.0
 */
public enum PopulationBasis {
  /** Everyone living in (or registered with practices in) an area: a Place or neighbourhood. */
  GEOGRAPHIC,
  /** People with a condition, e.g. living with diabetes: a year-of-care budget. */
  CONDITION
}
