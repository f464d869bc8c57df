// Opens a JShell with the commissioning-vfm library imported. See README.md, "JShell".
import java.math.*;
import java.time.*;
import java.util.*;
import io.github.commissioningvfm.model.money.*;
import io.github.commissioningvfm.model.time.*;
import io.github.commissioningvfm.model.rate.*;
import io.github.commissioningvfm.model.provenance.*;
System.out.println("commissioning-vfm loaded: try Money.parse(\"GBP 1234.56\"), FinancialYear.parse(\"2024/25\").next()");
