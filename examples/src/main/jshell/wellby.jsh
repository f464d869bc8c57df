// An integrator's WELLBY strategy, found through META-INF/services, run like a built-in: base case, tornado, PSA.
import io.github.commissioningvfm.examples.wellby.*;
var results = WellbyExample.run(500);
System.out.println(results.base());
System.out.println(results.base().figure(WellbyExample.OPTION, WellbyStrategy.NET_VALUE));
System.out.println(results.tornado());
System.out.println(results.psa().summary(WellbyExample.OPTION, WellbyStrategy.NET_VALUE.id()));
