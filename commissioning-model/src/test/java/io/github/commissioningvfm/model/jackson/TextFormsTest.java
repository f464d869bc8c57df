package io.github.commissioningvfm.model.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.organisation.CharityNumber;
import io.github.commissioningvfm.model.organisation.CompanyNumber;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.payment.CurrencyCode;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialQuarter;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value types written as a single JSON string: each in the form the module documents, read
 * back from it, and refused with the documented example when given as an object.
 */
class TextFormsTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new CommissioningVfmModule());

  private record Form(Object value, String text, String example) {
  }

  private static final List<Form> FORMS = List.of(
      new Form(FinancialYear.parse("2024/25"), "2024/25", "2024/25"),
      new Form(FinancialQuarter.parse("2024/25 Q3"), "2024/25 Q3", "2024/25 Q3"),
      new Form(FinancialYearRange.parse("2023/24..2024/25"), "2023/24..2024/25", "2023/24..2024/25"),
      new Form(Percentage.parse("12.5%"), "12.5%", "12.5%"),
      new Form(Proportion.parse("25%"), "25%", "25%"),
      new Form(DiscountRate.parse("3.5%"), "3.5%", "3.5%"),
      new Form(InflationRate.parse("2.9%"), "2.9%", "2.9%"),
      new Form(CurrencyCode.of("WF01A"), "WF01A", "WF01A"),
      new Form(OrganisationCode.of("RXX"), "RXX", "RXX"),
      new Form(CharityNumber.of("1234567"), "1234567", "1234567"),
      new Form(CompanyNumber.of("01234567"), "01234567", "01234567"));

  @Test
  void eachIsWrittenAsItsTextAndReadBack() throws JsonProcessingException {
    for (Form form : FORMS) {
      String json = mapper.writeValueAsString(form.value());
      assertEquals("\"" + form.text() + "\"", json);
      assertEquals(form.value(), mapper.readValue(json, form.value().getClass()));
    }
  }

  @Test
  void anObjectIsRefusedWithTheDocumentedExample() {
    for (Form form : FORMS) {
      Class<?> type = form.value().getClass();
      DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue("{}", type));
      String expected = type.getSimpleName() + " must be a JSON string such as '" + form.example()
          + "', not START_OBJECT";
      assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
  }
}
