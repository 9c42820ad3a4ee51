package app.stride.exercise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A template's version: the first 8 hex digits of the SHA-256 of its content as the bank parsed
 * it (what it draws, how it is worded, its parts, choices and feedback texts; not the file it came
 * from, nor its own test cases) and of {@link Generator#GENERATOR_VERSION}. The same version and
 * seed always give the same exercise; an edit of the template or of the drawing code gives a new
 * version.
 */
public final class TemplateVersion {

    private TemplateVersion() {
    }

    public static String of(Template template) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(template).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The content, written so that two different templates never write the same text: every
     * string with its length in front, every value with its type (3 and 3.0 draw different
     * prompts), lists and maps in their order (the order of the parameters is the order of the draws).
     */
    static String canonical(Template t) {
        Writer w = new Writer();
        w.field("generator").value(Generator.GENERATOR_VERSION);
        w.field("id").text(t.id());
        w.field("family").text(t.family());
        w.field("difficulty").value(t.difficulty());
        w.field("params").size(t.params().size());
        for (Map.Entry<String, ParamSpec> p : t.params().entrySet()) {
            ParamSpec spec = p.getValue();
            w.text(p.getKey());
            if (spec.choices() != null) {
                w.field("choices").values(spec.choices());
            } else {
                w.field("range").value(spec.min()).value(spec.max()).value(spec.step());
            }
        }
        w.field("prompt").text(t.prompt());
        w.field("parts").size(t.parts().size());
        for (PartSpec part : t.parts()) {
            w.text(part.id()).text(part.label()).text(part.kind().name())
                    .text(part.unit() == null ? "" : part.unit().name())
                    .value(part.tolerance().relative()).value(part.tolerance().absolute()).value(part.weight());
            if (!part.ordered()) {
                // only a set says so, so that no other template's version changes
                w.field("set");
            }
        }
        w.field("choices").size(t.choices().size());
        for (Choice c : t.choices()) {
            w.text(c.id()).text(c.text()).text(c.why() == null ? new Text("", "") : c.why());
        }
        w.field("answer").text(t.answer() == null ? "" : t.answer());
        w.field("explanation").text(t.explanation());
        w.field("misconceptions").size(t.misconceptions().size());
        t.misconceptions().forEach((id, text) -> w.text(id).text(text));
        return w.toString();
    }

    private static final class Writer {
        private final StringBuilder out = new StringBuilder();

        Writer field(String name) {
            out.append('\n').append(name).append(':');
            return this;
        }

        Writer size(int n) {
            out.append('#').append(n).append(';');
            return this;
        }

        Writer text(String s) {
            out.append('s').append(s.length()).append(':').append(s).append(';');
            return this;
        }

        Writer text(Text t) {
            return t == null ? text("") : text(t.en()).text(t.nl());
        }

        Writer value(Object v) {
            if (v instanceof String s) {
                return text(s);
            }
            out.append(v == null ? "null" : v.getClass().getSimpleName()).append('=').append(v).append(';');
            return this;
        }

        Writer values(List<Object> values) {
            size(values.size());
            values.forEach(this::value);
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
