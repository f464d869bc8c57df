// One VCSE crisis service priced five ways: what the commissioner pays at low, expected and high activity.
var options = PaymentOptionsExample.options();
var view = CommissionerRiskView.of(options, PaymentOptionsExample.scenarios());
view.rows().forEach(row -> System.out.println(row.option() + ": " + row.low().format() + " / " + row.expected().format() + " / " + row.high().format()));
var expected = options.get(3).mechanism().statement(PaymentOptionsExample.scenarios().expected());
System.out.println(QuarterlyCashFlow.of(expected, FinancialYear.parse("2024/25")));
System.out.println(PaymentOptionsExample.schemeSelection(ProviderType.NHS_TRUST).explanation());
