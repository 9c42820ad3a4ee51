package app.stride.runtime;

/** Intersection over union, with the areas it came from for the worked solution. */
public record IoU(double intersection, double areaA, double areaB, double union, double value) {

    public static IoU of(Box a, Box b) {
        double w = Math.max(0, Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1()));
        double h = Math.max(0, Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1()));
        double intersection = w * h;
        double union = a.area() + b.area() - intersection;
        return new IoU(intersection, a.area(), b.area(), union, union > 0 ? intersection / union : 0);
    }
}
