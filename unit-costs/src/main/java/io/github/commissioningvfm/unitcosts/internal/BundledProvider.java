package io.github.commissioningvfm.unitcosts.internal;

import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;

/**
 * The openly licensed editions bundled in the unit-costs jar: NHS National Cost Collection
 * 2023/24 and 2024/25 (Open Government Licence v3.0) and the HM Treasury GDP deflator.
 */
public final class BundledProvider extends ManifestProvider {

  /** The provider's name. */
  public static final String NAME = "unit-costs (bundled: NCC, HM Treasury GDP deflator)";

  /** Creates the provider. */
  public BundledProvider() {
    super(NAME, BundledProvider.class, "/io/github/commissioningvfm/unitcosts/data");
  }

  @Override
  public boolean standardData() {
    return true;
  }
}
