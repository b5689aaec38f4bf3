package com.voicedesk.adapters.twilio;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PublicUrlsTest {

    private record Config(Optional<URI> publicBaseUrl, boolean trustForwardedHeaders) implements TwilioConfig {
        public Duration streamTokenTtl() { return Duration.ofMinutes(10); }
        public int maxPendingMessages() { return 100; }
        public Duration credentialsTtl() { return Duration.ofSeconds(30); }
    }

    private static final URI REQUEST = URI.create("http://10.0.0.7:8080/webhooks/twilio/m10/voice?x=1");

    @Test
    void theConfiguredBaseUrlWins() {
        PublicUrls urls = new PublicUrls(new Config(Optional.of(URI.create("https://voice.example.com/")), true));
        assertThat(urls.requestUrl(REQUEST, Map.of("X-Forwarded-Host", "evil.example")::get))
                .isEqualTo("https://voice.example.com/webhooks/twilio/m10/voice?x=1");
        assertThat(urls.mediaStreamUrl(REQUEST, name -> null, "/media/twilio")).isEqualTo("wss://voice.example.com/media/twilio");
    }

    @Test
    void forwardedHeadersDescribeThePublicUrlBehindAProxy() {
        PublicUrls urls = new PublicUrls(new Config(Optional.empty(), true));
        Map<String, String> headers = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "voice.example.com, proxy2");
        assertThat(urls.requestUrl(REQUEST, headers::get)).isEqualTo("https://voice.example.com/webhooks/twilio/m10/voice?x=1");
        assertThat(urls.mediaStreamUrl(REQUEST, headers::get, "/media/twilio")).isEqualTo("wss://voice.example.com/media/twilio");
        Map<String, String> withPort = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "voice.example.com",
                "X-Forwarded-Port", "8443");
        assertThat(urls.requestUrl(REQUEST, withPort::get)).startsWith("https://voice.example.com:8443/");
    }

    @Test
    void untrustedForwardedHeadersAreIgnored() {
        PublicUrls urls = new PublicUrls(new Config(Optional.empty(), false));
        assertThat(urls.requestUrl(REQUEST, Map.of("X-Forwarded-Host", "evil.example")::get))
                .isEqualTo("http://10.0.0.7:8080/webhooks/twilio/m10/voice?x=1");
        assertThat(urls.mediaStreamUrl(REQUEST, name -> null, "/media/twilio")).isEqualTo("ws://10.0.0.7:8080/media/twilio");
    }
}
