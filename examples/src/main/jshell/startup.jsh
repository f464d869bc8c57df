// Opens a JShell with the commissioning-vfm library imported. See README.md, "JShell".
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import io.github.commissioningvfm.model.money.*;
import io.github.commissioningvfm.model.time.*;
import io.github.commissioningvfm.model.rate.*;
import io.github.commissioningvfm.model.provenance.*;
import io.github.commissioningvfm.model.organisation.*;
import io.github.commissioningvfm.model.cycle.*;
import io.github.commissioningvfm.model.payment.*;
import io.github.commissioningvfm.model.payment.analysis.*;
import io.github.commissioningvfm.model.payment.nhsps.*;
import io.github.commissioningvfm.unitcosts.*;
import io.github.commissioningvfm.examples.*;
import io.github.commissioningvfm.examples.payment.*;
import io.github.commissioningvfm.examples.cycle.*;
System.out.println("commissioning-vfm loaded: try UnitCosts.standard(), Money.parse(\"GBP 1234.56\"), FinancialYear.parse(\"2024/25\").next()");
