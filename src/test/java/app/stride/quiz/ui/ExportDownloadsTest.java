package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The results CSV as a teacher downloads it, read back the way a spreadsheet reads it: whatever
 * names the students gave themselves, one row per attempt, no cell a formula, the names intact
 * in UTF-8 behind a byte order mark, and a Content-Type with the charset.
 */
class ExportDownloadsTest extends QuizViewTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Stored names as an attacker or an old version of Stride left them: the CSV must be safe for any. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("csv.bob", "Bob\r=cmd|' /C calc'!A0");
        NAMES.put("csv.lf", "Ann\n=1+1");
        NAMES.put("csv.eq", "=HYPERLINK(\"http://x.example\",\"a\")");
        NAMES.put("csv.plus", "+31 6 1234");
        NAMES.put("csv.minus", "-2+3");
        NAMES.put("csv.at", "@SUM(A1)");
        NAMES.put("csv.tab", "\t=1+1");
        NAMES.put("csv.space", "  =1+1");
        NAMES.put("csv.quote", "\"=1+1");
        NAMES.put("csv.wide", "\uFF1D1+1");
        NAMES.put("csv.sep", "a,b;c");
        NAMES.put("csv.accent", "Zoë Ŀo 李雷");
        NAMES.put("csv.nul", "nul\u0000here");
        NAMES.put("csv.rlo", "\u202Etxt.exe");
    }

    @Test
    void theResultsCsvIsOneRowPerAttemptWithNoFormulaAndItsNamesInUtf8() throws Exception {
        QuizCard quiz = publishedByTeacher(new QuizSettings("=1+1 csv", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        for (var student : NAMES.entrySet()) {
            loginAs(student.getKey(), "STUDENT");
            jdbc.update("update app_user set display_name = ? where username = ?", student.getValue(), student.getKey());
            join(quiz);
        }
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-results", QueryParameters.of("id", String.valueOf(quiz.id())));
        StreamResource file = resource(_get(QuizResultsView.class).csv);

        assertThat(contentType(file)).isEqualTo("text/csv; charset=UTF-8");
        byte[] bytes = download(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 3, bytes.length - 3)).toString();
        List<List<String>> rows = SpreadsheetReading.rows(text);

        assertThat(rows).as("a header and one row per attempt").hasSize(1 + NAMES.size());
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(rows.get(0).size()));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(SpreadsheetReading.isFormula(cell)).as("cell %s", cell).isFalse();
            }
        }
        Map<String, String> nameOf = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(row -> nameOf.put(row.get(0), row.get(1)));
        assertThat(nameOf.keySet()).containsExactlyInAnyOrderElementsOf(NAMES.keySet());
        assertThat(nameOf.get("csv.accent")).isEqualTo("Zoë Ŀo 李雷");
        assertThat(nameOf.get("csv.sep")).isEqualTo("a,b;c");
        // a name is cleaned where the read model is built, for every view: its carriage return
        // reaches the CSV as U+FFFD (a CR in any other cell stays quoted: QuizServicesTest)
        assertThat(nameOf.get("csv.bob")).as("no new row, no formula")
                .isEqualTo("Bob\uFFFD=cmd|' /C calc'!A0");
        assertThat(nameOf.get("csv.eq")).isEqualTo("'=HYPERLINK(\"http://x.example\",\"a\")");
        assertThat(nameOf.get("csv.nul")).isEqualTo("nul\uFFFDhere");
        assertThat(nameOf.get("csv.rlo")).isEqualTo("\uFFFDtxt.exe");

        StreamResource xml = resource(_get(QuizResultsView.class).moodleXml);
        assertThat(contentType(xml)).isEqualTo("application/xml; charset=UTF-8");
    }

    private static StreamResource resource(Anchor link) throws Exception {
        return VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResource.class, new URI(link.getHref())).orElseThrow();
    }

    private static String contentType(StreamResource file) {
        var servlet = ((VaadinServletService) VaadinService.getCurrent()).getServlet().getServletContext();
        return file.getContentTypeResolver().apply(file, servlet);
    }

    private static byte[] download(StreamResource file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.getWriter().accept(out, VaadinSession.getCurrent());
        return out.toByteArray();
    }

    /**
     * RFC 4180 as spreadsheets read it, written apart from the code under test: a quoted cell
     * runs to its closing quote, line breaks in it included; outside quotes a CR, an LF or CRLF
     * ends the row, as it does in Excel.
     */
    static final class SpreadsheetReading {

        static List<List<String>> rows(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (!cell.isEmpty() || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }

        /**
         * Whether a spreadsheet may evaluate a cell: it starts with = + - @, a tab or a line
         * break, also after spaces or a double quote; a leading apostrophe makes it text.
         */
        static boolean isFormula(String cell) {
            if (cell.isEmpty() || cell.charAt(0) == '\'') {
                return false;
            }
            String rest = cell.replaceFirst("^[\\s\"\u00A0\u3000]+", "");
            return "\t\r\n".indexOf(cell.charAt(0)) >= 0
                    || !rest.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(rest.charAt(0)) >= 0;
        }
    }
}
