// Ten-year appraisal of funding a VCSE crisis service vs the status quo: CBA, tornado, PSA.
var ua = AppraisalExample.uncertainty();
var cba = AppraisalExample.strategy();
var base = VfmEngine.builder().register(cba).build().evaluate(ua.baseCase(), cba.id());
System.out.println(TextReport.render(base));
System.out.println(TextReport.render(ua.oneWay(AppraisalExample.FUND, Metric.NPV).tornadoTable()));
var psa = ua.psa(PsaSettings.builder().seed(AppraisalExample.SEED).iterations(1_000).threads(2).thresholds(AppraisalExample.THRESHOLDS).build());
System.out.println(psa.summary(AppraisalExample.FUND));
