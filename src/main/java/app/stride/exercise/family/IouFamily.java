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
import app.stride.runtime.IoU;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IoU of two boxes, in pixels (intersection, union, IoU) or given relative to the image in
 * the course's centre form (the IoU does not depend on the scale).
 */
public final class IouFamily extends FamilyBase {

    public IouFamily() {
        super("iou",
                Set.of("ax", "ay", "aw", "ah", "bx", "by", "bw", "bh", "imageW", "imageH"),
                Set.of("intersection", "union", "iou"),
                Set.of("union-without-intersection"),
                Set.of("ax2", "ay2", "bx2", "by2", "acx", "acy", "arw", "arh", "bcx", "bcy", "brw", "brh"));
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        Box a = Boxes.pixels(p, "a");
        Box b = Boxes.pixels(p, "b");
        if (a.x2() > Params.i(p, "imageW") || b.x2() > Params.i(p, "imageW") || a.y2() > Params.i(p, "imageH")
                || b.y2() > Params.i(p, "imageH")) {
            return Optional.of("a box leaves the image");
        }
        IoU iou = IoU.of(a, b);
        if (iou.intersection() == 0 || iou.value() > 0.95) {
            return Optional.of("the boxes do not overlap, or coincide");
        }
        if (iou.value() - iou.intersection() / (iou.areaA() + iou.areaB()) < 0.02) {
            return Optional.of("forgetting to subtract the intersection would be indistinguishable");
        }
        return Optional.empty();
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> params) {
        Box a = Boxes.pixels(params, "a");
        Box b = Boxes.pixels(params, "b");
        Map<String, Object> p = new LinkedHashMap<>(params);
        double w = Params.i(params, "imageW");
        double h = Params.i(params, "imageH");
        p.put("ax2", (int) a.x2());
        p.put("ay2", (int) a.y2());
        p.put("bx2", (int) b.x2());
        p.put("by2", (int) b.y2());
        p.put("acx", Boxes.exact(a.centreX() / w));
        p.put("acy", Boxes.exact(a.centreY() / h));
        p.put("arw", Boxes.exact(a.width() / w));
        p.put("arh", Boxes.exact(a.height() / h));
        p.put("bcx", Boxes.exact(b.centreX() / w));
        p.put("bcy", Boxes.exact(b.centreY() / h));
        p.put("brw", Boxes.exact(b.width() / w));
        p.put("brh", Boxes.exact(b.height() / h));

        IoU iou = IoU.of(a, b);
        List<Misconception> wrong = new ArrayList<>();
        wrong.add(Misconception.number("union-without-intersection", "union",
                BigDecimal.valueOf(iou.areaA() + iou.areaB())));
        wrong.add(Misconception.number("union-without-intersection", "iou",
                BigDecimal.valueOf(iou.intersection() / (iou.areaA() + iou.areaB()))));
        List<Derivation> solution = new ArrayList<>();
        if (relative(template)) {
            solution.add(toPixels("A", a, w, h));
            solution.add(toPixels("B", b, w, h));
        }
        solution.addAll(List.of(
                Derivation.localized("solution.iou.intersection", locale -> Boxes.decimal(iou.overlapWidth(), locale) + " · " + Boxes.decimal(iou.overlapHeight(), locale)
                        + " = " + Boxes.decimal(iou.intersection(), locale)),
                Derivation.localized("solution.iou.union", locale -> Boxes.decimal(iou.areaA(), locale) + " + " + Boxes.decimal(iou.areaB(), locale)
                        + " − " + Boxes.decimal(iou.intersection(), locale) + " = " + Boxes.decimal(iou.union(), locale)),
                Derivation.localized("solution.iou.value", locale -> Boxes.decimal(iou.intersection(), locale) + " / "
                        + Boxes.decimal(iou.union(), locale) + " ≈ " + Boxes.round(iou.value(), 4, locale))));
        return new Exercise(template, seed, p, List.of(
                Expected.number("intersection", BigDecimal.valueOf(iou.intersection())),
                Expected.number("union", BigDecimal.valueOf(iou.union())),
                Expected.number("iou", BigDecimal.valueOf(iou.value()))), wrong, solution,
                new BoxesFigure(Params.i(params, "imageW"), Params.i(params, "imageH"), BoxesFigure.Units.PIXELS,
                        List.of(Boxes.labeled("A", a, null), Boxes.labeled("B", b, null))));
    }

    /** A template gives the boxes relative to the image when its wording shows them in that form. */
    private static boolean relative(Template template) {
        return java.util.stream.Stream.of(template.prompt().en(), template.prompt().nl())
                .anyMatch(text -> text.matches("(?s).*\\{(acx|acy|arw|arh|bcx|bcy|brw|brh)}.*"));
    }

    /** From the relative form (centre and size as fractions of the image) to the box's pixel corners. */
    private static Derivation toPixels(String name, Box box, double imageW, double imageH) {
        return Derivation.localized("solution.iou.pixels", locale -> {
            String cx = Boxes.decimal(box.centreX() / imageW, locale);
            String rw = Boxes.decimal(box.width() / imageW, locale);
            String cy = Boxes.decimal(box.centreY() / imageH, locale);
            String rh = Boxes.decimal(box.height() / imageH, locale);
            String width = Boxes.decimal(imageW, locale);
            String height = Boxes.decimal(imageH, locale);
            String sep = Boxes.separator(locale);
            return "x1 = (" + cx + " − " + rw + " / 2) · " + width + " = " + Boxes.decimal(box.x1(), locale) + sep
                    + "x2 = (" + cx + " + " + rw + " / 2) · " + width + " = " + Boxes.decimal(box.x2(), locale) + sep
                    + "y1 = (" + cy + " − " + rh + " / 2) · " + height + " = " + Boxes.decimal(box.y1(), locale) + sep
                    + "y2 = (" + cy + " + " + rh + " / 2) · " + height + " = " + Boxes.decimal(box.y2(), locale);
        }, name, (int) imageW, (int) imageH);
    }

    /** The IoU from the student's own intersection and union is the IoU they should give. */
    @Override
    public Optional<BigDecimal> carriedForward(Exercise exercise, String partId, Map<String, BigDecimal> earlier) {
        if (partId.equals("iou") && earlier.containsKey("intersection") && earlier.containsKey("union")
                && earlier.get("union").signum() > 0) {
            return Optional.of(earlier.get("intersection").divide(earlier.get("union"), MathContext.DECIMAL64));
        }
        return Optional.empty();
    }
}
