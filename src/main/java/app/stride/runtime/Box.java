package app.stride.runtime;

/**
 * A box by its corners, origin at the top left (y grows downwards), as the course draws them.
 * Built from the course's centre form (x, y, w, h) or from corners.
 */
public record Box(double x1, double y1, double x2, double y2) {

    public Box {
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            throw new RuntimeInputException("box", "a box's corners must be finite numbers; this one reaches past "
                    + "1.8·10^308");
        }
        if (!(x2 >= x1) || !(y2 >= y1)) {
            throw new RuntimeInputException(x2 >= x1 ? "y2" : "x2", "a box needs x2 ≥ x1 and y2 ≥ y1");
        }
    }

    public static Box centre(double x, double y, double w, double h) {
        if (!(w >= 0) || !(h >= 0)) {
            throw new RuntimeInputException(w >= 0 ? "h" : "w", "a box cannot have a negative width or height");
        }
        return new Box(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double area() {
        return width() * height();
    }

    public double centreX() {
        return (x1 + x2) / 2;
    }

    public double centreY() {
        return (y1 + y2) / 2;
    }
}
