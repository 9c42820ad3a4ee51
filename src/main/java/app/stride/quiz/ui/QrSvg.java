package app.stride.quiz.ui;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as SVG markup, drawn on the server: one square per dark module and a quiet zone of
 * four modules, which phone cameras need to find it on a projector's screen.
 */
final class QrSvg {

    static final int QUIET = 4;

    private QrSvg() {
    }

    /** The code of {@code text} (medium error correction: a smudged screen still reads). */
    static String of(String text) {
        return of(QrCode.encodeText(text, QrCode.Ecc.MEDIUM));
    }

    static String of(QrCode qr) {
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns='http://www.w3.org/2000/svg' class='stride-qr' viewBox='0 0 " + size + " " + size
                + "' data-modules='" + qr.size + "' role='img' shape-rendering='crispEdges'>"
                + "<rect width='" + size + "' height='" + size + "' fill='#fff'/>"
                + "<path d='" + path + "' fill='#000'/></svg>";
    }
}
