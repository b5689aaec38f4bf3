package com.voicedesk.application.assistant;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {

    @Test
    void writesJsonCompatibleValuesWithEscaping() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "She said \"hi\"\n\tand left\\ \u0001");
        value.put("n", 3);
        value.put("amount", new BigDecimal("2500.00"));
        value.put("ok", true);
        value.put("none", null);
        value.put("ids", List.of("a", "b"));
        value.put("nan", Double.NaN);

        assertThat(JsonText.write(value)).isEqualTo("{\"text\":\"She said \\\"hi\\\"\\n\\tand left\\\\ \\u0001\","
                + "\"n\":3,\"amount\":2500.00,\"ok\":true,\"none\":null,\"ids\":[\"a\",\"b\"],\"nan\":null}");
    }
}
