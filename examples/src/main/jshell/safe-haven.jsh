// Safe Haven on seeded synthetic contacts: each stated alternative valued from each year's own edition, ROI per year and per alternative.
var costs = UnitCosts.standard();
System.out.println(costs.get(SafeHavenExample.BENCHMARK_KEY));
SafeHavenExample.ALTERNATIVE_KEYS.forEach((alternative, choice) -> System.out.println(alternative + " -> " + choice.key()));
var parameters = SafeHavenSynthetic.Parameters.standard();
var input = Files.createTempFile("safe-haven-", ".csv");
Files.writeString(input, SafeHavenSynthetic.toCsv(SafeHavenSynthetic.generate(parameters)));
var analysis = SafeHavenExample.analyse(input, parameters, Progress.silent());
System.out.println(analysis.contacts().report());
System.out.println(analysis.prices());
System.out.println(analysis.roi());
System.out.println("all years: " + analysis.programme().total());
Files.delete(input);
