package app.stride.calculator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A model in a URL: the API's JSON, deflated and base64url-encoded, so even ResNet-50 fits in
 * a link. Decoding stops at a size limit, so a crafted link cannot exhaust memory.
 */
public final class ModelLink {

    /**
     * The longest model parameter a shared link may have. Tomcat refuses a request head over
     * 8 KB, and the first requests of a page carry the link twice (the address, then Vaadin's
     * start-up request with the address in its query and its Referer header), with the cookies
     * besides: 3,000 characters leave room for that. ResNet-50 takes about 1,500.
     */
    public static final int MAX_SHARED = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LINK = 64 * 1024;
    private static final int MAX_JSON = 1024 * 1024;

    private ModelLink() {
    }

    public static String encode(ObjectNode model) {
        byte[] json = model.toString().getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether a link to this encoded model loads in a browser (see {@link #MAX_SHARED}). */
    public static boolean shareable(String encoded) {
        return encoded.length() <= MAX_SHARED;
    }

    /** The JSON in a link; an {@link IllegalArgumentException} for anything that is not one. */
    public static ObjectNode decode(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LINK) {
            throw new IllegalArgumentException("not a model link");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(Base64.getUrlDecoder().decode(link));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("truncated model link");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_JSON) {
                    throw new IllegalArgumentException("model link too large");
                }
            }
            JsonNode node = JSON.readTree(out.toByteArray());
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("a model link holds a JSON object");
            }
            return object;
        } catch (DataFormatException | JsonProcessingException e) {
            throw new IllegalArgumentException("not a model link", e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a model link", e);
        } finally {
            inflater.end();
        }
    }
}
