package app.stride.bank;

import app.stride.exercise.BankProblem;
import app.stride.exercise.Text;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads the shared feedback texts: id → {en, nl}. */
final class MisconceptionTexts {

    private MisconceptionTexts() {
    }

    static void read(String file, String content, Map<String, Text> into, List<BankProblem> problems) {
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(content);
        } catch (RuntimeException e) {
            problems.add(new BankProblem(file, 1, "not valid YAML: " + e.getMessage()));
            return;
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(new BankProblem(file, 1, "the file must map misconception ids to {en, nl} texts"));
            return;
        }
        map.forEach((id, value) -> {
            if (value instanceof Map<?, ?> texts && texts.get("en") instanceof String en
                    && texts.get("nl") instanceof String nl && !en.isBlank() && !nl.isBlank()) {
                into.put(String.valueOf(id), new Text(en.strip(), nl.strip()));
            } else {
                problems.add(new BankProblem(file, 1, "the misconception '" + id + "' needs an en and an nl text"));
            }
        });
    }
}
