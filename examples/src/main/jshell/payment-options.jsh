// One VCSE crisis service priced five ways: what the commissioner pays at low, expected and high activity.
var options = PaymentOptionsExample.options();
var view = CommissionerRiskView.of(options, PaymentOptionsExample.scenarios());
view.rows().forEach(row -> System.out.println(row.option() + ": " + row.low().format() + " / " + row.expected().format() + " / " + row.high().format()));
var expected = options.get(3).mechanism().statement(PaymentOptionsExample.scenarios().expected());
System.out.println(QuarterlyCashFlow.of(expected, FinancialYear.parse("2024/25")));
// The same service from an NHS trust sits inside the trust's whole relationship with its host ICB: API, with the cited rules.
System.out.println(PaymentOptionsExample.schemeSelection(ProviderType.NHS_TRUST));
// An NHS England directly commissioned relationship is API whatever its value; an MH lead provider collaborative is excluded from LVA in 2025/26.
var scheme = SchemeEditions.standard().forYear(FinancialYear.parse("2025/26"));
System.out.println(scheme.select(Relationship.builder(ProviderType.NHS_TRUST, CommissionerType.NHS_ENGLAND).annualValue(Money.ofPounds(300_000)).build()).mechanism());
System.out.println(scheme.select(Relationship.builder(ProviderType.NHS_FOUNDATION_TRUST, CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(900_000)).lvaValueMandated(true).lvaExclusion(LvaExclusion.MH_LEAD_PROVIDER_COLLABORATIVE).build()).explanation());
