package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the Dutch and English texts in step, and the views free of hard-coded text. */
class I18nTest {

    private static final Path MAIN = Path.of("src/main/java/app/stride");

    /** Calls and constructors that put their string argument on the screen. */
    static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:\\.(?:setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setTitle|setHeader"
                    + "|setTooltipText|setAriaLabel|addItem|setSummaryText|show)"
                    + "|new\\s+(?:Button|Span|Div|H[1-6]|Paragraph|Anchor|RouterLink|NativeLabel|Text|TextField"
                    + "|PasswordField|Checkbox|Notification|SideNavItem|Tab|Details|ListItem|Emphasis|Strong))"
                    + "\\(\\s*(?:[^,()]*,\\s*)?\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties en = load("translations.properties");
        Properties nl = load("translations_nl.properties");
        assertThat(new TreeSet<>(nl.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void everyTextIsNonEmptyAndHasTheSamePlaceholders() throws IOException {
        Properties en = load("translations.properties");
        Properties nl = load("translations_nl.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(nl.getProperty(key, "")).as("nl " + key).isNotBlank();
            int enArgs = new MessageFormat(en.getProperty(key)).getFormats().length;
            int nlArgs = new MessageFormat(nl.getProperty(key)).getFormats().length;
            assertThat(nlArgs).as("placeholders of " + key).isEqualTo(enArgs);
        }
    }

    /** A key written twice keeps only its last text: one meaning silently takes over the other's place. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : List.of("translations.properties", "translations_nl.properties")) {
            try (InputStream in = I18nTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
                List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
                assertThat(keys).as(file).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void noTextHasAnApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String file : List.of("translations.properties", "translations_nl.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key + ": use ’ instead of '").doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Set<String> namespaces = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (namespaces.contains(key.substring(0, key.indexOf('.'))) && !keys.contains(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsSetNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = LITERAL_TEXT.matcher(Files.readString(file));
            while (m.find()) {
                boolean route = m.group(1).matches("[a-z0-9/_.-]*\\?[a-zA-Z]+=");
                if (!KEY_LITERAL.matcher("\"" + m.group(1) + "\"").matches() && !route) {
                    literals.add(file.getFileName() + ": \"" + m.group(1) + "\"");
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void everyEngineProblemCanBeToldInBothLanguages() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Pattern layerCode = Pattern.compile("new LayerException\\(\\s*[^,]+,\\s*\"([a-z0-9.]+)\"");
        Pattern modelCode = Pattern.compile("new ModelException\\([^;]*?\"([a-z0-9.]+)\",\\s*List\\.of", Pattern.DOTALL);
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("engine"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : List.of(layerCode, modelCode)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        assertThat(codes).contains("window.large", "dense.flat", "add.shapes", "too.large", "name.twice");
        assertThat(codes.stream().map(c -> "engine.error." + c).filter(k -> !keys.contains(k)).toList()).isEmpty();
    }

    @Test
    void derivationWordsExistInBothLanguagesForEveryKeyTheEngineUses() throws IOException {
        Properties en = new Properties();
        Properties nl = new Properties();
        try (InputStream a = I18nTest.class.getResourceAsStream("/app/stride/engine/Derivations.properties");
             InputStream b = I18nTest.class.getResourceAsStream("/app/stride/engine/Derivations_nl.properties")) {
            en.load(new InputStreamReader(a, StandardCharsets.UTF_8));
            nl.load(new InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(new TreeSet<>(nl.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        Pattern used = Pattern.compile("\"(derive\\.[a-z0-9.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("engine"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(file));
                while (m.find()) {
                    if (!en.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theLiteralDetectorCatchesHardCodedText() {
        assertThat(LITERAL_TEXT.matcher("button.setText(\"Save\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("add(new H1(\"Users\"));").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("Notification.show(\"Saved\", 3000, pos);").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Anchor(\"\", \"Home\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("button.setText(getTranslation(\"save\"));").find()).isFalse();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
