package io.github.commissioningvfm.unitcosts.pssru;

import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;

/**
 * The PSSRU Unit Costs of Health and Social Care editions 2022, 2023, 2024 and the 2024 manual as
 * amended on 12 October 2025, with the NHS cost inflation index (table 12.1.1) and the PSS pay and
 * prices index (table 12.1.2) of each edition.
 *
 * <p>The data are licensed CC BY-NC-SA 4.0 (non-commercial, share-alike), which is why they ship
 * in this separate artifact; see {@code META-INF/LICENSE-DATA} in the jar. When the artifact is on
 * the class path, {@code UnitCosts.standard()} includes it through the service loader.
 *
 * @since 0.1.0
 */
public final class PssruProvider extends ManifestProvider {

  /** The provider's name. */
  public static final String NAME = "unit-costs-pssru (PSSRU Unit Costs of Health and Social Care)";

  /** Creates the provider; called by the service loader. */
  public PssruProvider() {
    super(NAME, PssruProvider.class, "/io/github/commissioningvfm/unitcosts/pssru/data");
  }

  /**
   * True: the PSSRU tables are one of the library's own data artifacts.
   *
   * @return true
   */
  @Override
  public boolean standardData() {
    return true;
  }
}
