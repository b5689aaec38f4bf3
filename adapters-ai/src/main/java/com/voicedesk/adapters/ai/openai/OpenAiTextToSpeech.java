package com.voicedesk.adapters.ai.openai;

import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.SynthesizedSpeech;
import com.voicedesk.domain.speech.TextToSpeech;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text-to-speech over OpenAI's {@code POST /audio/speech} (model, input, voice, response_format), spoken with the
 * JDK HTTP client under the tenant's guard. The audio's media type follows the requested format.
 */
@ApplicationScoped
public class OpenAiTextToSpeech implements TextToSpeech {

    private static final Map<String, String> MEDIA_TYPES = Map.of("mp3", "audio/mpeg", "opus", "audio/ogg",
            "aac", "audio/aac", "flac", "audio/flac", "wav", "audio/wav", "pcm", "audio/L16;rate=24000;channels=1");

    private final OpenAiClients clients;

    public OpenAiTextToSpeech(OpenAiClients clients) {
        this.clients = clients;
    }

    @Override
    public Uni<SynthesizedSpeech> synthesize(TenantId tenant, String text) {
        OpenAiConfig config = clients.config();
        String format = config.ttsFormat().toLowerCase(Locale.ROOT);
        String mediaType = MEDIA_TYPES.getOrDefault(format, "application/octet-stream");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", config.ttsModel());
        body.put("input", text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT));
        body.put("voice", config.ttsVoice());
        body.put("response_format", format);
        String json = AssistantMessages.write(body);
        return clients.call(tenant, client -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/audio/speech"))
                    .timeout(config.requestTimeout())
                    .header("Authorization", "Bearer " + client.credentials().apiKey())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            HttpResponse<byte[]> response;
            try {
                response = clients.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new OpenAiFailure.Transient("cannot reach OpenAI (" + e.getClass().getSimpleName() + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OpenAiFailure.Transient("interrupted", e);
            }
            int status = response.statusCode();
            if (status >= 500 || status == 429 || status == 408) {
                throw new OpenAiFailure.Transient("HTTP " + status + " from OpenAI audio/speech", null);
            }
            if (status < 200 || status >= 300) {
                throw new OpenAiFailure.Rejected("HTTP " + status + " from OpenAI audio/speech", null);
            }
            byte[] audio = response.body();
            if (audio == null || audio.length == 0 || audio.length > SynthesizedSpeech.MAX_BYTES) {
                throw new OpenAiFailure.Rejected("OpenAI audio/speech returned " + (audio == null ? 0 : audio.length)
                        + " bytes", null);
            }
            String served = response.headers().firstValue("Content-Type").filter(t -> t.startsWith("audio/"))
                    .orElse(mediaType);
            return new SynthesizedSpeech(audio, served, "openai:" + config.ttsModel() + ":" + config.ttsVoice());
        });
    }
}
