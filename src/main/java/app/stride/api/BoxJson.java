package app.stride.api;

import app.stride.modeljson.JsonInput;

import app.stride.runtime.Box;
import app.stride.runtime.RuntimeInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** A box of the contract, {x, y, w, h} (centre) or {x1, y1, x2, y2} (corners), read and checked. */
final class BoxJson {

    private BoxJson() {
    }

    static Box read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new ApiBadRequestException(path, path + " must be a box: {x, y, w, h} or {x1, y1, x2, y2}.");
        }
        boolean centre = node.has("x") || node.has("y") || node.has("w") || node.has("h");
        List<String> fields = centre ? List.of("x", "y", "w", "h") : List.of("x1", "y1", "x2", "y2");
        JsonInput.onlyFields(node, path, Set.copyOf(fields),
                "a box in this form ({x, y, w, h} or {x1, y1, x2, y2}, not both)");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            String field = fields.get(i);
            v[i] = JsonInput.number(JsonInput.required(node, field, path, "a number"), path + "." + field, field,
                    -Double.MAX_VALUE, Double.MAX_VALUE);
        }
        try {
            return centre ? Box.centre(v[0], v[1], v[2], v[3]) : new Box(v[0], v[1], v[2], v[3]);
        } catch (RuntimeInputException e) {
            // the box's own rule names the field it is about (w, h, x2, y2), or the whole box
            if (e.field().equals("box")) {
                throw new ApiBadRequestException(path, "The box at " + path + " is not usable: " + e.getMessage() + ".");
            }
            throw new ApiBadRequestException(path + "." + e.field(), Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1) + ".");
        }
    }
}
