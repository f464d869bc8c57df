package io.github.commissioningvfm.model.jackson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.commissioningvfm.model.agreement.Agreement;
import io.github.commissioningvfm.model.agreement.AgreementChange;
import io.github.commissioningvfm.model.agreement.AllianceAgreement;
import io.github.commissioningvfm.model.agreement.EnhancedService;
import io.github.commissioningvfm.model.agreement.Extension;
import io.github.commissioningvfm.model.agreement.GpContract;
import io.github.commissioningvfm.model.agreement.GrantAgreement;
import io.github.commissioningvfm.model.agreement.NhsStandardContract;
import io.github.commissioningvfm.model.agreement.RollOver;
import io.github.commissioningvfm.model.agreement.Section75Agreement;
import io.github.commissioningvfm.model.agreement.ServiceLevelAgreement;
import io.github.commissioningvfm.model.agreement.SubContract;
import io.github.commissioningvfm.model.agreement.Variation;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.Commissioner;
import io.github.commissioningvfm.model.organisation.Organisation;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.organisation.Provider;
import io.github.commissioningvfm.model.payment.ActivityBasedPayment;
import io.github.commissioningvfm.model.payment.AlignedPaymentAndIncentive;
import io.github.commissioningvfm.model.payment.Blended;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.Capitation;
import io.github.commissioningvfm.model.payment.CostAndVolume;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.CurrencyCode;
import io.github.commissioningvfm.model.payment.LowVolumeActivityBlock;
import io.github.commissioningvfm.model.payment.OutcomeBased;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialQuarter;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The Jackson module for the commissioning model. Registered in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code new ObjectMapper().findAndRegisterModules()} finds it; or
 * {@code new ObjectMapper().registerModule(new CommissioningVfmModule())}.
 *
 * <ul>
 * <li>{@link Money} and {@link BigMoney} as strings, {@code "GBP 1234.56"}; financial years,
 * quarters and ranges ({@code "2024/25"}, {@code "2024/25 Q3"}, {@code "2023/24..2024/25"}),
 * percentages and rates ({@code "3.5%"}), dates ({@code "2025-04-01"}), currency and organisation
 * codes as strings;</li>
 * <li>{@link java.util.Optional} as its value or {@code null};</li>
 * <li>sealed families with a {@code "kind"} property from a closed list of names;</li>
 * <li>records through their canonical constructors, so every validation applies on reading.</li>
 * </ul>
 * On registration with an {@link ObjectMapper} it also enables
 * {@link DeserializationFeature#FAIL_ON_MISSING_CREATOR_PROPERTIES} and
 * {@link DeserializationFeature#FAIL_ON_NULL_FOR_PRIMITIVES}, so that a missing field is an error
 * rather than a silent zero or null; unknown fields are errors by Jackson's default.
 */
public final class CommissioningVfmModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CommissioningVfmModule() {
    super("commissioning-vfm-model", Version.unknownVersion());
    text(Money.class, Money::toCode, Money::parse, "GBP 1234.56");
    text(BigMoney.class, BigMoney::toCode, CommissioningVfmModule::parseBigMoney, "GBP 12.3456");
    text(FinancialYear.class, FinancialYear::toString, FinancialYear::parse, "2024/25");
    text(FinancialQuarter.class, FinancialQuarter::toString, FinancialQuarter::parse, "2024/25 Q3");
    text(FinancialYearRange.class, FinancialYearRange::toString, FinancialYearRange::parse, "2023/24..2024/25");
    text(Percentage.class, Percentage::toString, Percentage::parse, "12.5%");
    text(Proportion.class, Proportion::toString, Proportion::parse, "25%");
    text(DiscountRate.class, DiscountRate::toString, DiscountRate::parse, "3.5%");
    text(InflationRate.class, InflationRate::toString, InflationRate::parse, "2.9%");
    text(LocalDate.class, LocalDate::toString, LocalDate::parse, "2025-04-01");
    text(CurrencyCode.class, CurrencyCode::value, CurrencyCode::of, "WF01A");
    text(OrganisationCode.class, OrganisationCode::value, OrganisationCode::of, "RXX");
    addKeyDeserializer(CurrencyCode.class, TextSerializers.keyDeserializer(CurrencyCode::of));
    addKeyDeserializer(OrganisationCode.class, TextSerializers.keyDeserializer(OrganisationCode::of));
    setMixInAnnotation(PaymentMechanism.class, PaymentMechanismMixin.class);
    setMixInAnnotation(Agreement.class, AgreementMixin.class);
    setMixInAnnotation(AgreementChange.class, AgreementChangeMixin.class);
    setMixInAnnotation(Organisation.class, OrganisationMixin.class);
  }

  private <T> void text(Class<T> type, Function<T, String> format, Function<String, T> parse, String example) {
    addSerializer(type, TextSerializers.serializer(type, format));
    addDeserializer(type, TextSerializers.deserializer(type, parse, example));
  }

  private static BigMoney parseBigMoney(String text) {
    if (!text.startsWith("GBP ")) {
      throw new IllegalArgumentException("Argument 'text' is not an amount of money: '" + text
          + "'; expected e.g. 'GBP 12.3456'");
    }
    return BigMoney.of(text.substring(4));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addTypeModifier(new OptionalSupport.OptionalTypeModifier());
    context.addSerializers(new OptionalSupport.OptionalSerializers());
    context.addDeserializers(new OptionalSupport.OptionalDeserializers());
    if (context.getOwner() instanceof ObjectMapper mapper) {
      mapper.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
          DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = AlignedPaymentAndIncentive.class, name = "aligned-payment-and-incentive"),
      @JsonSubTypes.Type(value = LowVolumeActivityBlock.class, name = "low-volume-activity-block"),
      @JsonSubTypes.Type(value = ActivityBasedPayment.class, name = "activity-based-payment"),
      @JsonSubTypes.Type(value = Block.class, name = "block"),
      @JsonSubTypes.Type(value = CapAndCollar.class, name = "cap-and-collar"),
      @JsonSubTypes.Type(value = CostAndVolume.class, name = "cost-and-volume"),
      @JsonSubTypes.Type(value = CostPerCase.class, name = "cost-per-case"),
      @JsonSubTypes.Type(value = Capitation.class, name = "capitation"),
      @JsonSubTypes.Type(value = OutcomeBased.class, name = "outcome-based"),
      @JsonSubTypes.Type(value = Blended.class, name = "blended")})
  private interface PaymentMechanismMixin {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = NhsStandardContract.class, name = "nhs-standard-contract"),
      @JsonSubTypes.Type(value = GrantAgreement.class, name = "grant-agreement"),
      @JsonSubTypes.Type(value = SubContract.class, name = "sub-contract"),
      @JsonSubTypes.Type(value = GpContract.class, name = "gp-contract"),
      @JsonSubTypes.Type(value = EnhancedService.class, name = "enhanced-service"),
      @JsonSubTypes.Type(value = Section75Agreement.class, name = "section-75-agreement"),
      @JsonSubTypes.Type(value = AllianceAgreement.class, name = "alliance-agreement"),
      @JsonSubTypes.Type(value = ServiceLevelAgreement.class, name = "service-level-agreement")})
  private interface AgreementMixin {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Variation.class, name = "variation"),
      @JsonSubTypes.Type(value = Extension.class, name = "extension"),
      @JsonSubTypes.Type(value = RollOver.class, name = "roll-over")})
  private interface AgreementChangeMixin {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Commissioner.class, name = "commissioner"),
      @JsonSubTypes.Type(value = Provider.class, name = "provider")})
  private interface OrganisationMixin {
  }
}
