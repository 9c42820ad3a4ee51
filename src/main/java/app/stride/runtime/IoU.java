package app.stride.runtime;

/**
 * Intersection over union, with the figures it came from for the worked solution: the sides of
 * the overlap (0 where the boxes do not overlap), the areas, the union.
 */
public record IoU(double overlapWidth, double overlapHeight, double intersection, double areaA, double areaB,
                  double union, double value) {

    /** 2^-600: boxes of any finite corners, scaled by it, have areas far below the largest double. */
    private static final int SCALE_DOWN = -600;

    /** The IoU alone, without the areas: what NMS needs for each of its many pairs. */
    public static double value(Box a, Box b) {
        double w = Math.max(0, Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1()));
        double h = Math.max(0, Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1()));
        double intersection = w * h;
        double union = a.area() + b.area() - intersection;
        if (Double.isFinite(union) && Double.isFinite(a.area()) && Double.isFinite(b.area())) {
            return union > 0 ? intersection / union : 0;
        }
        return of(a, b).value();
    }

    public static IoU of(Box a, Box b) {
        IoU plain = unscaled(a, b);
        if (Double.isFinite(plain.union()) && Double.isFinite(plain.areaA()) && Double.isFinite(plain.areaB())) {
            return plain;
        }
        // a ratio of areas does not change with the scale; a power of two scales without rounding
        IoU scaled = unscaled(scale(a), scale(b));
        return new IoU(plain.overlapWidth(), plain.overlapHeight(), plain.intersection(), plain.areaA(), plain.areaB(),
                plain.union(), scaled.value());
    }

    private static IoU unscaled(Box a, Box b) {
        double w = Math.max(0, Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1()));
        double h = Math.max(0, Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1()));
        double intersection = w * h;
        double union = a.area() + b.area() - intersection;
        return new IoU(w, h, intersection, a.area(), b.area(), union, union > 0 ? intersection / union : 0);
    }

    private static Box scale(Box box) {
        return new Box(Math.scalb(box.x1(), SCALE_DOWN), Math.scalb(box.y1(), SCALE_DOWN),
                Math.scalb(box.x2(), SCALE_DOWN), Math.scalb(box.y2(), SCALE_DOWN));
    }
}
