// Ten-year appraisal of funding a VCSE crisis service vs the status quo: CBA, tornado, PSA.
var ua = AppraisalExample.uncertainty();
var cba = AppraisalExample.strategy();
var base = VfmEngine.builder().register(cba).build().evaluate(ua.baseCase(), cba.id(), CbaResult.class);
System.out.println(base);
System.out.println("NPSV of the funded service: " + base.figure(AppraisalExample.FUND, CbaStrategy.NPSV));
System.out.println(ua.oneWay(AppraisalExample.FUND, CbaStrategy.NPSV));
var psa = ua.psa(PsaSettings.builder().seed(AppraisalExample.SEED).iterations(1_000).threads(2).thresholds(AppraisalExample.THRESHOLDS).build());
System.out.println(psa.summary(AppraisalExample.FUND, CbaStrategy.NPSV.id()));
System.out.println(psa);
