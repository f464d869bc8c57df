// CYP guided self-help on seeded synthetic data: clean, oriented SDQ change, value for money
// (the annual cost applied to each financial year's cohort, as the evaluation did).
var parameters = CypSelfHelpSynthetic.Parameters.standard();
var input = Files.createTempFile("cyp-", ".csv");
Files.writeString(input, CypSelfHelpSynthetic.toCsv(CypSelfHelpSynthetic.generate(parameters)));
var cleaned = Cleaner.standard().clean(ParticipantData.readCsv(input, CypSelfHelpExample.schema()));
System.out.println(cleaned);
System.out.println(cleaned.report());
var change = ChangeAnalysis.of(cleaned, CypSelfHelpExample.measure());
System.out.println(change);
var vfm = VfmAnalysis.of(change, parameters.programmeCost(), CypSelfHelpExample.ALLOCATION);
System.out.println(vfm.describe());
Files.delete(input);
