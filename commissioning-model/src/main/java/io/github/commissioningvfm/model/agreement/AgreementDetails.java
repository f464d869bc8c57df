package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every agreement states, as first signed. Build with {@link #builder()}.
 *
 * @param reference the agreement's reference, e.g. "ICB-MH-2025-014"
 * @param parties the parties, at least two
 * @param term the original term
 * @param annualValue the original annual value; not negative
 * @param payment how the provider is paid
 * @param kpis the KPIs, distinct ids; may be empty
 * @param outcomeMeasures ids of the outcome measures reported, e.g. "PHQ-9"; may be empty
 * @since 0.1.0
 */
public record AgreementDetails(String reference, List<Party> parties, Term term, Money annualValue,
    PaymentMechanism payment, List<Kpi> kpis, List<String> outcomeMeasures) {

  /**
   * Creates details; prefer {@link #builder()}.
   *
   * @param reference the reference
   * @param parties the parties
   * @param term the term
   * @param annualValue the annual value
   * @param payment the payment mechanism
   * @param kpis the KPIs
   * @param outcomeMeasures the outcome measure ids
   */
  public AgreementDetails {
    Args.notBlank(reference, "reference");
    parties = List.copyOf(Args.notEmpty(parties, "parties"));
    Args.check(parties.size() >= 2, "parties", "name at least two parties, found", parties.size());
    Args.notNull(term, "term");
    Args.notNull(annualValue, "annualValue");
    Args.check(!annualValue.isNegative(), "annualValue", "not be negative", annualValue);
    Args.notNull(payment, "payment");
    kpis = List.copyOf(Args.noNullElements(kpis, "kpis"));
    Set<String> ids = new HashSet<>();
    for (Kpi k : kpis) {
      Args.check(ids.add(k.id()), "kpis", "have distinct ids, duplicate", "'" + k.id() + "'");
    }
    outcomeMeasures = List.copyOf(Args.noNullElements(outcomeMeasures, "outcomeMeasures"));
    outcomeMeasures.forEach(m -> Args.notBlank(m, "outcomeMeasures"));
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AgreementDetails}. */
  public static final class Builder {
    private String reference;
    private final List<Party> parties = new ArrayList<>();
    private Term term;
    private Money annualValue;
    private PaymentMechanism payment;
    private final List<Kpi> kpis = new ArrayList<>();
    private final List<String> outcomeMeasures = new ArrayList<>();

    private Builder() {
    }

    /**
     * Sets the reference.
     *
     * @param value the reference
     * @return this builder
     */
    public Builder reference(String value) {
      this.reference = value;
      return this;
    }

    /**
     * Adds a party.
     *
     * @param party the party
     * @return this builder
     */
    public Builder party(Party party) {
      parties.add(party);
      return this;
    }

    /**
     * Sets the term.
     *
     * @param value the term
     * @return this builder
     */
    public Builder term(Term value) {
      this.term = value;
      return this;
    }

    /**
     * Sets the annual value.
     *
     * @param value the annual value
     * @return this builder
     */
    public Builder annualValue(Money value) {
      this.annualValue = value;
      return this;
    }

    /**
     * Sets the payment mechanism.
     *
     * @param value the mechanism
     * @return this builder
     */
    public Builder payment(PaymentMechanism value) {
      this.payment = value;
      return this;
    }

    /**
     * Adds a KPI.
     *
     * @param kpi the KPI
     * @return this builder
     */
    public Builder kpi(Kpi kpi) {
      kpis.add(kpi);
      return this;
    }

    /**
     * Adds an outcome measure id.
     *
     * @param measureId the measure's id, e.g. "PHQ-9"
     * @return this builder
     */
    public Builder outcomeMeasure(String measureId) {
      outcomeMeasures.add(measureId);
      return this;
    }

    /**
     * Builds the details.
     *
     * @return the details
     */
    public AgreementDetails build() {
      return new AgreementDetails(reference, parties, term, annualValue, payment, kpis, outcomeMeasures);
    }
  }
}
