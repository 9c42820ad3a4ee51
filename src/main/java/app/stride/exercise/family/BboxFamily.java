package app.stride.exercise.family;

import app.stride.engine.Derivation;
import app.stride.exercise.BoxesFigure;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.Misconception;
import app.stride.exercise.Params;
import app.stride.exercise.Template;
import app.stride.runtime.Box;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A box in pixels and in the course's relative form — centre x, centre y, width, height, as
 * fractions of the image, origin at the top left — converted either way.
 */
public final class BboxFamily extends FamilyBase {

    public BboxFamily() {
        super("bbox",
                Set.of("x", "y", "w", "h", "imageW", "imageH"),
                Set.of("cx", "cy", "w", "h", "x1", "y1", "x2", "y2"),
                Set.of("origin-bottom-left", "corner-instead-of-centre", "pixels-not-relative"),
                Set.of("x2", "y2", "rcx", "rcy", "rw", "rh"));
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        Box box = Boxes.pixels(p, "");
        if (box.x2() > Params.i(p, "imageW") || box.y2() > Params.i(p, "imageH")) {
            return Optional.of("the box leaves the image");
        }
        if (Math.abs(box.centreY() - Params.i(p, "imageH") / 2.0) < 0.05 * Params.i(p, "imageH")) {
            return Optional.of("a centred box hides the origin mistake");
        }
        return Optional.empty();
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> params) {
        Box box = Boxes.pixels(params, "");
        double imageW = Params.i(params, "imageW");
        double imageH = Params.i(params, "imageH");
        double cx = box.centreX() / imageW;
        double cy = box.centreY() / imageH;
        double w = box.width() / imageW;
        double h = box.height() / imageH;
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("x2", (int) box.x2());
        p.put("y2", (int) box.y2());
        p.put("rcx", Boxes.exact(cx));
        p.put("rcy", Boxes.exact(cy));
        p.put("rw", Boxes.exact(w));
        p.put("rh", Boxes.exact(h));
        List<Misconception> wrong = new ArrayList<>();
        wrong.add(Misconception.number("origin-bottom-left", "cy", BigDecimal.valueOf(1 - cy)));
        wrong.add(Misconception.number("corner-instead-of-centre", "cx", BigDecimal.valueOf(box.x1() / imageW)));
        wrong.add(Misconception.number("corner-instead-of-centre", "cy", BigDecimal.valueOf(box.y1() / imageH)));
        wrong.add(Misconception.number("pixels-not-relative", "cx", BigDecimal.valueOf(box.centreX())));
        wrong.add(Misconception.number("pixels-not-relative", "w", BigDecimal.valueOf(box.width())));
        wrong.add(Misconception.number("origin-bottom-left", "y1", BigDecimal.valueOf(imageH - box.y2())));
        wrong.add(Misconception.number("corner-instead-of-centre", "x1", BigDecimal.valueOf(box.centreX())));
        boolean toPixels = template.parts().stream().anyMatch(part -> part.id().equals("x1"));
        List<Derivation> solution = toPixels ? toPixels(box, cx, cy, w, h, imageW, imageH) : List.of(
                Derivation.localized("solution.bbox.centre", locale -> "cx = (" + Boxes.decimal(box.x1(), locale) + " + " + Boxes.decimal(box.x2(), locale)
                        + ") / 2 / " + Boxes.decimal(imageW, locale) + " = " + Boxes.decimal(cx, locale) + Boxes.separator(locale) + "cy = ("
                        + Boxes.decimal(box.y1(), locale) + " + " + Boxes.decimal(box.y2(), locale) + ") / 2 / " + Boxes.decimal(imageH, locale)
                        + " = " + Boxes.decimal(cy, locale)),
                Derivation.localized("solution.bbox.size", locale -> "w = " + Boxes.decimal(box.width(), locale) + " / " + Boxes.decimal(imageW, locale)
                        + " = " + Boxes.decimal(w, locale) + Boxes.separator(locale) + "h = " + Boxes.decimal(box.height(), locale) + " / "
                        + Boxes.decimal(imageH, locale) + " = " + Boxes.decimal(h, locale)));
        return new Exercise(template, seed, p, List.of(
                Expected.number("cx", BigDecimal.valueOf(cx)), Expected.number("cy", BigDecimal.valueOf(cy)),
                Expected.number("w", BigDecimal.valueOf(w)), Expected.number("h", BigDecimal.valueOf(h)),
                Expected.number("x1", BigDecimal.valueOf(box.x1())), Expected.number("y1", BigDecimal.valueOf(box.y1())),
                Expected.number("x2", BigDecimal.valueOf(box.x2())), Expected.number("y2", BigDecimal.valueOf(box.y2()))),
                wrong, solution, figure(box, (int) imageW, (int) imageH, toPixels));
    }

    /**
     * The box on the image. When the pixel corners are the answer, the picture gives them as
     * fractions of the image, as the question does: drawn to scale, yet not the key.
     */
    private static BoxesFigure figure(Box box, int imageW, int imageH, boolean toPixels) {
        if (!toPixels) {
            return new BoxesFigure(imageW, imageH, BoxesFigure.Units.PIXELS, List.of(Boxes.labeled("", box, null)));
        }
        return new BoxesFigure(imageW, imageH, BoxesFigure.Units.RELATIVE, List.of(new BoxesFigure.LabeledBox("",
                box.x1() / imageW, box.y1() / imageH, box.x2() / imageW, box.y2() / imageH, null)));
    }

    /** From the relative form to pixels, the way the question asks: centre and size in pixels, then all four sides. */
    private static List<Derivation> toPixels(Box box, double cx, double cy, double w, double h, double imageW,
                                             double imageH) {
        Function<Locale, String> centreX = locale -> Boxes.decimal(box.centreX(), locale);
        Function<Locale, String> centreY = locale -> Boxes.decimal(box.centreY(), locale);
        Function<Locale, String> width = locale -> Boxes.decimal(box.width(), locale);
        Function<Locale, String> height = locale -> Boxes.decimal(box.height(), locale);
        return List.of(
                Derivation.localized("solution.bbox.pixels.centre", locale -> "cx · W = " + Boxes.decimal(cx, locale) + " · "
                        + Boxes.decimal(imageW, locale) + " = " + centreX.apply(locale) + Boxes.separator(locale) + "cy · H = " + Boxes.decimal(cy, locale) + " · "
                        + Boxes.decimal(imageH, locale) + " = " + centreY.apply(locale)),
                Derivation.localized("solution.bbox.pixels.size", locale -> "w · W = " + Boxes.decimal(w, locale) + " · "
                        + Boxes.decimal(imageW, locale) + " = " + width.apply(locale) + Boxes.separator(locale) + "h · H = " + Boxes.decimal(h, locale) + " · "
                        + Boxes.decimal(imageH, locale) + " = " + height.apply(locale)),
                Derivation.localized("solution.bbox.pixels.topleft", locale -> "x1 = " + centreX.apply(locale) + " − " + width.apply(locale) + " / 2 = "
                        + Boxes.decimal(box.x1(), locale) + Boxes.separator(locale) + "y1 = " + centreY.apply(locale)
                        + " − " + height.apply(locale) + " / 2 = "
                        + Boxes.decimal(box.y1(), locale)),
                Derivation.localized("solution.bbox.pixels.bottomright", locale -> "x2 = " + centreX.apply(locale) + " + " + width.apply(locale) + " / 2 = "
                        + Boxes.decimal(box.x2(), locale) + Boxes.separator(locale) + "y2 = " + centreY.apply(locale)
                        + " + " + height.apply(locale) + " / 2 = "
                        + Boxes.decimal(box.y2(), locale)));
    }
}
