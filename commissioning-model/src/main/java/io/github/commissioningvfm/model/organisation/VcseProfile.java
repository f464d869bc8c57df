package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What distinguishes a VCSE provider: its legal form and income band, its register numbers, where
 * its income comes from, and its paid staff and volunteers. Build with {@link #builder(VcseLegalForm)}.
 *
 * <p>Checks on construction: a register number only where the legal form can hold one
 * ({@link VcseLegalForm#canHaveCharityNumber()}, {@link VcseLegalForm#canHaveCompanyNumber()});
 * when income sources are given, the income band is the band of their total.
 *
 * @param legalForm the legal form
 * @param incomeBand the income size band
 * @param charityNumber the Charity Commission number, if registered
 * @param companyNumber the Companies House number, if registered
 * @param income the income by source in the last year; may be empty (unknown)
 * @param staff paid employees (head count); not negative
 * @param volunteers active volunteers (head count); not negative
 * @since 0.1.0
 */
public record VcseProfile(VcseLegalForm legalForm, IncomeBand incomeBand, Optional<CharityNumber> charityNumber,
    Optional<CompanyNumber> companyNumber, List<IncomeSource> income, int staff, int volunteers) {

  /**
   * Creates a profile; prefer {@link #builder(VcseLegalForm)}.
   *
   * @param legalForm the legal form
   * @param incomeBand the income band
   * @param charityNumber the charity number, if any
   * @param companyNumber the company number, if any
   * @param income the income by source
   * @param staff paid employees
   * @param volunteers volunteers
   */
  public VcseProfile {
    Args.notNull(legalForm, "legalForm");
    Args.notNull(incomeBand, "incomeBand");
    Args.notNull(charityNumber, "charityNumber");
    Args.notNull(companyNumber, "companyNumber");
    Args.check(charityNumber.isEmpty() || legalForm.canHaveCharityNumber(), "charityNumber",
        "be absent for a " + legalForm + ", which is not registered with the Charity Commission", charityNumber);
    Args.check(companyNumber.isEmpty() || legalForm.canHaveCompanyNumber(), "companyNumber",
        "be absent for a " + legalForm + ", which is not on the Companies House register", companyNumber);
    income = List.copyOf(Args.noNullElements(income, "income"));
    Args.notNegative(staff, "staff");
    Args.notNegative(volunteers, "volunteers");
    if (!income.isEmpty()) {
      Money total = total(income);
      Args.check(IncomeBand.of(total) == incomeBand, "incomeBand", "be the band of the total income " + total + " ("
          + IncomeBand.of(total) + ")", incomeBand);
    }
  }

  /**
   * A profile with only a legal form and income band.
   *
   * @param legalForm the legal form
   * @param incomeBand the income band
   */
  public VcseProfile(VcseLegalForm legalForm, IncomeBand incomeBand) {
    this(legalForm, incomeBand, Optional.empty(), Optional.empty(), List.of(), 0, 0);
  }

  /**
   * A builder.
   *
   * @param legalForm the legal form
   * @return a builder with no numbers, income, staff or volunteers
   */
  public static Builder builder(VcseLegalForm legalForm) {
    return new Builder(legalForm);
  }

  private static Money total(List<IncomeSource> sources) {
    Money sum = Money.ZERO;
    for (IncomeSource s : sources) {
      sum = sum.plus(s.annualAmount());
    }
    return sum;
  }

  /**
   * The total of the income sources.
   *
   * @return the total income; zero when no sources are given
   */
  public Money totalIncome() {
    return total(income);
  }

  /**
   * The share of income from statutory bodies (contracts and grants).
   *
   * @return statutory income / total income, empty when there is no income
   */
  public Optional<Proportion> statutoryShare() {
    Money statutory = Money.ZERO;
    for (IncomeSource s : income) {
      statutory = s.kind().isStatutory() ? statutory.plus(s.annualAmount()) : statutory;
    }
    return share(statutory);
  }

  /**
   * Each funder's share of total income, largest first (ties by funder code): how dependent the
   * organisation is on each commissioner or funder. Sources without a named funder are left out.
   *
   * @return share = sum of the funder's sources / total income, for each named funder
   */
  public List<FunderShare> funderShares() {
    Map<OrganisationCode, Money> byFunder = new LinkedHashMap<>();
    for (IncomeSource s : income) {
      s.funder().ifPresent(f -> byFunder.merge(f, s.annualAmount(), Money::plus));
    }
    List<FunderShare> shares = new ArrayList<>();
    byFunder.forEach((funder, amount) -> share(amount).ifPresent(p -> shares.add(new FunderShare(funder, amount, p))));
    shares.sort(Comparator.comparing(FunderShare::amount).reversed().thenComparing(FunderShare::funder));
    return List.copyOf(shares);
  }

  private Optional<Proportion> share(Money part) {
    Money total = totalIncome();
    return total.isPositive() ? Optional.of(Proportion.ratio(part.amount(), total.amount())) : Optional.empty();
  }

  /**
   * Volunteers per paid employee, to two decimal places (half up). Sheaff et al. (2024), HSDR
   * 12(39), ch. 6 (source line 2271), found employee-to-volunteer ratios from 1:1.5 to 1:5 in the
   * learning disability organisations that knew them.
   *
   * @return volunteers / staff, empty when there are no paid staff
   */
  public Optional<BigDecimal> volunteersPerEmployee() {
    return staff == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(volunteers).divide(BigDecimal.valueOf(staff), 2, RoundingMode.HALF_UP));
  }

  /** Builds a {@link VcseProfile}. */
  public static final class Builder {
    private final VcseLegalForm legalForm;
    private IncomeBand incomeBand;
    private Optional<CharityNumber> charityNumber = Optional.empty();
    private Optional<CompanyNumber> companyNumber = Optional.empty();
    private final List<IncomeSource> income = new ArrayList<>();
    private int staff;
    private int volunteers;

    private Builder(VcseLegalForm legalForm) {
      this.legalForm = legalForm;
    }

    /**
     * Sets the income band; when income sources are added and no band is set, the band of their
     * total is used.
     *
     * @param value the band
     * @return this builder
     */
    public Builder incomeBand(IncomeBand value) {
      this.incomeBand = value;
      return this;
    }

    /**
     * Sets the Charity Commission number.
     *
     * @param value the number, e.g. "1089464"
     * @return this builder
     */
    public Builder charityNumber(String value) {
      this.charityNumber = Optional.of(CharityNumber.of(value));
      return this;
    }

    /**
     * Sets the Companies House number.
     *
     * @param value the number, e.g. "01234567"
     * @return this builder
     */
    public Builder companyNumber(String value) {
      this.companyNumber = Optional.of(CompanyNumber.of(value));
      return this;
    }

    /**
     * Adds an income source.
     *
     * @param source the source
     * @return this builder
     */
    public Builder income(IncomeSource source) {
      income.add(source);
      return this;
    }

    /**
     * Sets the paid staff and volunteer head counts.
     *
     * @param staffCount paid employees
     * @param volunteerCount volunteers
     * @return this builder
     */
    public Builder people(int staffCount, int volunteerCount) {
      this.staff = staffCount;
      this.volunteers = volunteerCount;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     */
    public VcseProfile build() {
      IncomeBand band = incomeBand;
      if (band == null) {
        Args.check(!income.isEmpty(), "incomeBand", "be set when no income sources are given", "none");
        band = IncomeBand.of(total(income));
      }
      return new VcseProfile(legalForm, band, charityNumber, companyNumber, income, staff, volunteers);
    }
  }
}
