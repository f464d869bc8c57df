package io.github.commissioningvfm.model.jackson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.jsontype.NamedType;
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
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.CharityNumber;
import io.github.commissioningvfm.model.organisation.Commissioner;
import io.github.commissioningvfm.model.organisation.CompanyNumber;
import io.github.commissioningvfm.model.organisation.Organisation;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.organisation.Provider;
import io.github.commissioningvfm.model.payment.ActivityBasedPayment;
import io.github.commissioningvfm.model.payment.AlignedPaymentAndIncentive;
import io.github.commissioningvfm.model.payment.Blended;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.BlockWithTopUp;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.Capitation;
import io.github.commissioningvfm.model.payment.CostAndVolume;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.CurrencyCode;
import io.github.commissioningvfm.model.payment.GrantInAdvance;
import io.github.commissioningvfm.model.payment.LowVolumeActivityBlock;
import io.github.commissioningvfm.model.payment.OutcomeBased;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import io.github.commissioningvfm.model.payment.PersonalBudgets;
import io.github.commissioningvfm.model.payment.SpotPurchase;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialQuarter;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson module for the commissioning model. Registered in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code new ObjectMapper().findAndRegisterModules()} finds it; or
 * {@code new ObjectMapper().registerModule(new CommissioningVfmModule())}.
 *
 * <p>One documented form per type:
 * <ul>
 * <li>{@link Money}: {@code {"amount":"1234.56","currency":"GBP"}}, the amount a JSON string at
 * scale 2; {@link BigMoney}: {@code {"amount":"12.3456","currency":"GBP"}} with the exact plain
 * decimal; {@link Cost}: {@code {"amount":"280.1725","currency":"GBP","priceBase":"2024/25"}};</li>
 * <li>financial years, quarters and ranges ({@code "2024/25"}, {@code "2024/25 Q3"},
 * {@code "2023/24..2024/25"}), percentages and rates ({@code "3.5%"}), currency and organisation
 * codes as strings; dates as ISO strings ({@code "2025-04-01"});</li>
 * <li>{@link java.util.Optional} as its value or {@code null} (from {@code jackson-datatype-jdk8});</li>
 * <li>sealed families with a {@code "kind"} property from a closed list of names;</li>
 * <li>records through their canonical constructors, so every validation applies on reading.</li>
 * </ul>
 *
 * <p>Reading the model's own types is strict, and the host mapper's features are left as they
 * are: in our objects a missing field, a {@code null} (except for an optional), an unknown field,
 * a fractional number for a whole-number field and a key given twice are refused, and decimals
 * are read through the library's bounded parser (at most 200 digits, exponent within -200..200).
 * Other types read by the same mapper keep the mapper's own settings.
 *
 * <p>Needs {@code jackson-datatype-jdk8} and {@code jackson-datatype-jsr310} on the class path
 * (optional dependencies of this artifact, like {@code jackson-databind} itself): the module
 * declares their modules as its dependencies, so registering it registers them too.
 *
 * @since 0.1.0
 */
public final class CommissioningVfmModule extends SimpleModule {

  private static final long serialVersionUID = 1L;
  private static final List<String> REQUIRED_MODULES = List.of(
      "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
      "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");

  /** Creates the module. */
  public CommissioningVfmModule() {
    super("commissioning-vfm-model", Version.unknownVersion());
    addSerializer(Money.class, MoneyJson.moneySerializer());
    addDeserializer(Money.class, MoneyJson.moneyDeserializer());
    addSerializer(BigMoney.class, MoneyJson.bigMoneySerializer());
    addDeserializer(BigMoney.class, MoneyJson.bigMoneyDeserializer());
    addSerializer(Cost.class, MoneyJson.costSerializer());
    addDeserializer(Cost.class, MoneyJson.costDeserializer());
    text(FinancialYear.class, FinancialYear::toString, FinancialYear::parse, "2024/25");
    text(FinancialQuarter.class, FinancialQuarter::toString, FinancialQuarter::parse, "2024/25 Q3");
    text(FinancialYearRange.class, FinancialYearRange::toString, FinancialYearRange::parse, "2023/24..2024/25");
    text(Percentage.class, Percentage::toString, Percentage::parse, "12.5%");
    text(Proportion.class, Proportion::toString, Proportion::parse, "25%");
    text(DiscountRate.class, DiscountRate::toString, DiscountRate::parse, "3.5%");
    text(InflationRate.class, InflationRate::toString, InflationRate::parse, "2.9%");
    text(CurrencyCode.class, CurrencyCode::value, CurrencyCode::of, "WF01A");
    text(OrganisationCode.class, OrganisationCode::value, OrganisationCode::of, "RXX");
    addKeyDeserializer(CurrencyCode.class, TextSerializers.keyDeserializer(CurrencyCode::of));
    addKeyDeserializer(OrganisationCode.class, TextSerializers.keyDeserializer(OrganisationCode::of));
    setMixInAnnotation(PaymentMechanism.class, PaymentMechanismMixin.class);
    setMixInAnnotation(Agreement.class, AgreementMixin.class);
    setMixInAnnotation(AgreementChange.class, AgreementChangeMixin.class);
    setMixInAnnotation(Organisation.class, OrganisationMixin.class);
    setDeserializerModifier(new StrictReading.Modifier());
    registerProviderSideTypes();
  }

  /** The provider's side of a contract: its payment mechanisms and identifiers. */
  private void registerProviderSideTypes() {
    registerSubtypes(new NamedType(BlockWithTopUp.class, "block-with-top-up"),
        new NamedType(SpotPurchase.class, "spot-purchase"),
        new NamedType(PersonalBudgets.class, "personal-budgets"),
        new NamedType(GrantInAdvance.class, "grant-in-advance"));
    text(CharityNumber.class, CharityNumber::value, CharityNumber::of, "1234567");
    text(CompanyNumber.class, CompanyNumber::value, CompanyNumber::of, "01234567");
  }

  private <T> void text(Class<T> type, Function<T, String> format, Function<String, T> parse, String example) {
    addSerializer(type, TextSerializers.serializer(type, format));
    addDeserializer(type, TextSerializers.deserializer(type, parse, example));
  }

  /**
   * The jdk8 ({@code Optional}) and jsr310 ({@code LocalDate}) modules, registered before this one.
   *
   * @return the two modules
   * @throws IllegalStateException naming the missing artifact if either is not on the class path
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    List<Module> modules = new ArrayList<>();
    for (String name : REQUIRED_MODULES) {
      try {
        modules.add((Module) Class.forName(name).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new IllegalStateException("CommissioningVfmModule needs " + name + " on the class path (artifacts "
            + "com.fasterxml.jackson.datatype:jackson-datatype-jdk8 and jackson-datatype-jsr310)", e);
      }
    }
    return modules;
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new StrictReading.Introspector());
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
