// Safe Haven on seeded synthetic contacts: each stated alternative valued at a declared unit cost, ROI per year.
var costs = UnitCosts.standard();
System.out.println(costs.get(SafeHavenExample.BENCHMARK_KEY));
SafeHavenExample.ALTERNATIVE_KEYS.forEach((alternative, choice) -> System.out.println(alternative + " -> " + choice.key()));
var parameters = SafeHavenSynthetic.Parameters.standard();
var input = Files.createTempFile("safe-haven-", ".csv");
Files.writeString(input, SafeHavenSynthetic.toCsv(SafeHavenSynthetic.generate(parameters)));
var analysis = SafeHavenExample.analyse(input, parameters, Progress.silent());
System.out.println(analysis.contacts().report());
System.out.println(analysis.nominal());
System.out.println("all years (" + SafeHavenExample.PRICE_BASE + " prices): ROI ratio " + analysis.constant().overallRatio() + ", net ROI " + analysis.constant().overallNetRoi());
Files.delete(input);
