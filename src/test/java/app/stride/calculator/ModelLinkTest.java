package app.stride.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.modeljson.ModelJson;
import app.stride.engine.Presets;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ModelLinkTest {

    @Test
    void resnet50FitsInALinkAndComesBackTheSame() {
        ObjectNode json = ModelJson.write(Presets.RESNET50.model(), 4, 32);
        String link = ModelLink.encode(json);
        assertThat(link).matches("[A-Za-z0-9_-]+");
        assertThat(link.length()).isLessThan(6000);
        assertThat(ModelLink.decode(link)).isEqualTo(json);
        assertThat(ModelJson.read(ModelLink.decode(link)).model().summarize(4, 1).totalParams()).isEqualTo(25_636_712L);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> ModelLink.decode("not-a-model")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelLink.decode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelLink.decode("%%%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkThatInflatesBeyondTheLimitIsRefused() {
        // 20 MB of spaces deflate to a few kilobytes: a small link must not become a large string
        byte[] bomb = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(bomb, (byte) ' ');
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bomb);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        String link = Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        assertThat(link.length()).isLessThan(64 * 1024);
        assertThatThrownBy(() -> ModelLink.decode(link)).hasMessageContaining("too large");
    }
}
