// A small VCSE's side of three offers: full cost, surplus or hidden subsidy, and whether to bid.
var costs = VcseBidExample.costs();
System.out.println(costs.fullCost(1000));
var risk = ProviderRiskView.of(VcseBidExample.options(), VcseBidExample.scenarios(), costs);
risk.rows().forEach(row -> System.out.println(row.option() + ": " + row.low() + " / " + row.expected() + " / " + row.high() + "; " + row.breakEven().describe()));
VcseBidExample.decisions(risk).forEach(System.out::println);
System.out.println(VcseBidExample.reporting("Block").shareOfValue(VcseBidExample.STAFF_RATE));
VcseBidExample.cycle().findings(4).forEach(f -> System.out.println(f.kind() + ": " + f.message()));
