package com.voicedesk.adapters.twilio;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * The URLs as Twilio sees them: the configured public base URL, else the request's URL corrected by the
 * proxy's {@code X-Forwarded-*} headers (when trusted). Twilio signs the exact URL it called, so this must
 * match what was configured on the number, including the query string.
 */
@ApplicationScoped
public class PublicUrls {

    private final TwilioConfig config;

    public PublicUrls(TwilioConfig config) {
        this.config = config;
    }

    /** The public URL of this request: scheme, host and port as called, then path and query. */
    public String requestUrl(URI requestUri, Function<String, String> headers) {
        String base = base(requestUri, headers);
        String pathAndQuery = requestUri.getRawPath() + (requestUri.getRawQuery() == null ? "" : "?" + requestUri.getRawQuery());
        return base + pathAndQuery;
    }

    /** The media socket's public URL: same host, ws(s) scheme. */
    public String mediaStreamUrl(URI requestUri, Function<String, String> headers, String path) {
        String base = base(requestUri, headers);
        return (base.startsWith("https://") ? "wss://" + base.substring(8) : "ws://" + base.substring(base.indexOf("://") + 3))
                + path;
    }

    private String base(URI requestUri, Function<String, String> headers) {
        Optional<URI> configured = config.publicBaseUrl();
        if (configured.isPresent()) {
            String url = configured.get().toString();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        String scheme = requestUri.getScheme();
        String host = requestUri.getHost();
        int port = requestUri.getPort();
        if (config.trustForwardedHeaders()) {
            String proto = first(headers.apply("X-Forwarded-Proto"));
            String forwardedHost = first(headers.apply("X-Forwarded-Host"));
            String forwardedPort = first(headers.apply("X-Forwarded-Port"));
            if (proto != null) {
                scheme = proto;
                port = -1;
            }
            if (forwardedHost != null) {
                int colon = forwardedHost.lastIndexOf(':');
                if (colon > 0 && forwardedHost.indexOf(']') < colon) {
                    port = parsePort(forwardedHost.substring(colon + 1), -1);
                    forwardedHost = forwardedHost.substring(0, colon);
                } else {
                    port = -1;
                }
                host = forwardedHost;
            }
            if (forwardedPort != null) {
                port = parsePort(forwardedPort, port);
            }
        }
        boolean defaultPort = port < 0 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }

    private static int parsePort(String raw, int otherwise) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
