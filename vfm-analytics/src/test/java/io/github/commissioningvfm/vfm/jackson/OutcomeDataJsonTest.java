package io.github.commissioningvfm.vfm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The columnar JSON form of participant data, cleaned data and change results: what it holds,
 * and the inconsistent JSON it refuses.
 */
class OutcomeDataJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static ParticipantData load() {
    try {
      Path file = Path.of(OutcomeDataJsonTest.class.getResource("/io/github/commissioningvfm/vfm/outcomes/cyp-small.csv")
          .toURI());
      ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
          .scores("sdq_initial", "sdq_final").date("first_session_date")
          .categories("gender", "referral_source", "pathway").build();
      return ParticipantData.readCsv(file, schema);
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static ChangeResult change() {
    return ChangeAnalysis.of(Cleaner.standard().clean(load()));
  }

  private static ObjectNode tree(Object value) {
    return (ObjectNode) MAPPER.valueToTree(value);
  }

  private static String refusal(JsonNode json, Class<?> type) {
    return assertThrows(JsonMappingException.class, () -> MAPPER.treeToValue(json, type)).getMessage();
  }

  @Test
  void twoLoadsOfOneFileAreEqualAndAChangedCellIsNot() {
    ParticipantData a = load();
    ParticipantData b = load();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(Cleaner.standard().clean(a), Cleaner.standard().clean(b));
    assertEquals(ChangeAnalysis.of(Cleaner.standard().clean(a)), change());
    ObjectNode json = tree(a);
    ((ArrayNode) json.get("baseline")).set(0, 21.0);
    assertNotEquals(a, MAPPER.convertValue(json, ParticipantData.class));
  }

  @Test
  void theDataAreWrittenByColumnWithTheirLoadAudit() {
    ParticipantData data = load();
    JsonNode json = tree(data);
    assertEquals(data.size(), json.get("lines").size());
    assertEquals("P01", json.get("ids").get(0).asText());
    assertEquals(20.0, json.get("baseline").get(0).asDouble());
    assertEquals(data.trimmedCells(), json.get("trimmedCells").asLong());
    assertEquals(data.excelSerialDates(), json.get("excelSerialDates").asLong());
    assertTrue(data.trimmedCells() > 0 && data.excelSerialDates() > 0, json.toString());
    // P04 (row 3) has a blank follow-up score, kept with its raw text
    JsonNode problem = json.get("problems").get("3").get(0);
    assertEquals("sdq_final", problem.get("column").asText());
    assertEquals("", problem.get("raw").asText());
    assertEquals("BLANK", problem.get("issue").asText());
    assertEquals(data.levels(0).size(), json.get("levels").get(0).size());
  }

  @Test
  void theThreeTypesPrintASummaryNotTheirRows() {
    ChangeResult change = change();
    assertEquals("ParticipantData[cyp-small.csv: 14 rows, " + change.cleaned().data().schema().measure().name()
        + " (sdq_initial -> sdq_final)]", change.cleaned().data().toString());
    assertEquals("CleanedData[cyp-small.csv: 14 rows read, " + change.cleaned().size() + " included, "
        + (14 - change.cleaned().size()) + " excluded]", change.cleaned().toString());
    assertTrue(change.toString().startsWith("ChangeResult[" + change.measure().name() + ", " + change.size()
        + " participants; "), change.toString());
    assertTrue(change.toString().length() < 300, change.toString());
  }

  @Test
  void columnsOfTheWrongLengthAreRefused() {
    ObjectNode json = tree(load());
    ((ArrayNode) json.get("baseline")).remove(0);
    assertTrue(refusal(json, ParticipantData.class).contains("Argument 'baseline' must have 14 entries: 13"));
  }

  @Test
  void aProblemCellOffItsRowsLineIsRefused() {
    ObjectNode json = tree(load());
    ((ObjectNode) json.get("problems").get("3").get(0)).put("line", 99);
    assertTrue(refusal(json, ParticipantData.class).contains("Argument 'problems[3].line' must be the row's line 5: 99"));
  }

  @Test
  void aCategoryCodeOutsideItsLevelsIsRefused() {
    ParticipantData data = load();
    ObjectNode json = tree(data);
    ((ArrayNode) json.get("categoryCodes").get(0)).set(0, 7);
    assertTrue(refusal(json, ParticipantData.class).contains("Argument 'categoryCodes[0][0]' must index the "
        + data.levels(0).size() + " levels of 'gender': 7"));
  }

  @Test
  void cleanedDataWhoseCountsDoNotAddUpAreRefused() {
    CleanedData cleaned = change().cleaned();
    ObjectNode json = tree(cleaned);
    ((ObjectNode) json.get("report")).put("rowsRead", 15);
    assertTrue(refusal(json, CleanedData.class).contains("must add up: included " + cleaned.size()
        + " + excluded " + (14 - cleaned.size()) + " = rows read 15"));
  }

  @Test
  void cleanedDataWhoseIncludedRowsDisagreeWithTheReportAreRefused() {
    CleanedData cleaned = change().cleaned();
    ObjectNode json = tree(cleaned);
    ((ArrayNode) json.get("included")).remove(0);
    assertTrue(refusal(json, CleanedData.class).contains("Cannot read CleanedData: Argument 'report.included' must be the "
        + (cleaned.size() - 1) + " included rows: " + cleaned.size()));
  }

  @Test
  void anExcludedRowThatIsNotTheOneLeftOutIsRefused() {
    CleanedData cleaned = change().cleaned();
    ObjectNode json = tree(cleaned);
    ArrayNode included = (ArrayNode) json.get("included");
    int first = included.get(0).asInt();
    // include an excluded row instead of the first included one: counts still add up
    int swapped = cleaned.report().exclusions().isEmpty() ? -1 : indexOfLine(cleaned, cleaned.report().exclusions()
        .get(0).line());
    assertTrue(swapped >= 0 && swapped > first, "the sample must exclude a row after the first included one");
    included.remove(0);
    int at = 0;
    while (at < included.size() && included.get(at).asInt() < swapped) {
      at++;
    }
    included.insert(at, swapped);
    assertTrue(refusal(json, CleanedData.class).contains("Cannot read CleanedData: Argument 'report.exclusions[0]' must be"
        + " the excluded row at line " + cleaned.data().line(first)));
  }

  private static int indexOfLine(CleanedData cleaned, long line) {
    for (int r = 0; r < cleaned.data().size(); r++) {
      if (cleaned.data().line(r) == line) {
        return r;
      }
    }
    return -1;
  }

  @Test
  void aChangeFigureThatDoesNotFollowFromTheDataIsRefused() {
    ChangeResult change = change();
    ObjectNode json = tree(change);
    json.put("meaningfulCount", 99);
    assertTrue(refusal(json, ChangeResult.class).contains("Cannot read ChangeResult: 'meaningfulCount' is 99 but the"
        + " cleaned data and measure give " + change.meaningfulCount()));
    ObjectNode improvements = tree(change);
    ((ArrayNode) improvements.get("improvements")).set(0, 1000.0);
    assertTrue(refusal(improvements, ChangeResult.class).contains("'improvements' is [1000.0"));
  }

  @Test
  void aChangeResultWithoutItsDataIsRefused() {
    ObjectNode json = tree(change());
    json.remove("cleaned");
    assertTrue(refusal(json, ChangeResult.class).contains("Cannot read ChangeResult: the field 'cleaned' is missing"));
  }

  @Test
  void aChangeFigureOrCategoryCountThatIsNotTheDatasIsRefusedNamingIt() {
    for (String field : java.util.List.of("meanImprovement", "meanRawChange", "proportionMeaningful")) {
      ObjectNode json = tree(change());
      ((ObjectNode) json.get(field)).put("label", "edited");
      String message = refusal(json, ChangeResult.class);
      assertTrue(message.startsWith("Cannot read ChangeResult: '" + field + "' is edited = "), message);
    }
    ObjectNode json = tree(change());
    ((ObjectNode) json.get("categories")).put("basis", "edited");
    String message = refusal(json, ChangeResult.class);
    assertTrue(message.startsWith("Cannot read ChangeResult: 'categories' is ChangeCategories[basis=edited"), message);
  }

  @Test
  void aFreshModuleWritesTheDataByColumnAndReadsTheChangeResultBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new VfmJacksonModule());
    ChangeResult change = change();
    JsonNode json = mapper.valueToTree(change);
    assertEquals("P01", json.get("cleaned").get("data").get("ids").get(0).asText(), json.toString());
    assertEquals(change, mapper.treeToValue(json, ChangeResult.class));
  }
}
