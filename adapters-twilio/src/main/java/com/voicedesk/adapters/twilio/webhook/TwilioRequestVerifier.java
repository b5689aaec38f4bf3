package com.voicedesk.adapters.twilio.webhook;

import com.twilio.security.RequestValidator;
import com.voicedesk.adapters.twilio.PublicUrls;
import com.voicedesk.adapters.twilio.TwilioAccounts;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's {@link RequestValidator} and the tenant's auth token,
 * against the public URL Twilio called. Anything wrong (unknown tenant, no Twilio account, missing or bad
 * signature, another account's SID) is the same 403, before anything is stored.
 */
@ApplicationScoped
public class TwilioRequestVerifier {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    private static final Logger LOG = Logger.getLogger(TwilioRequestVerifier.class);

    private final TwilioAccounts accounts;
    private final PublicUrls urls;

    public TwilioRequestVerifier(TwilioAccounts accounts, PublicUrls urls) {
        this.accounts = accounts;
        this.urls = urls;
    }

    /** The verified request's account and its form parameters (first values). */
    public record Verified(TwilioAccounts.Account account, Map<String, String> params) {
        public String param(String name) {
            return params.get(name);
        }
    }

    public Uni<Verified> verify(String slug, URI requestUri, HttpHeaders headers, MultivaluedMap<String, String> form) {
        String signature = headers.getHeaderString(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            return Uni.createFrom().failure(new AccessDeniedException("The request has no X-Twilio-Signature"));
        }
        Map<String, String> params = new HashMap<>();
        if (form != null) {
            form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.getFirst()));
        }
        String url = urls.requestUrl(requestUri, headers::getHeaderString);
        return accounts.bySlug(slug)
                .onFailure(CapabilityNotConfiguredException.class)
                .transform(e -> new AccessDeniedException("Unknown Twilio webhook address"))
                .map(account -> {
                    if (!new RequestValidator(account.twilio().authToken()).validate(url, params, signature)) {
                        LOG.warnf("Twilio webhook for tenant %s refused: bad signature for %s", account.slug(), url);
                        throw new AccessDeniedException("The X-Twilio-Signature does not match this request");
                    }
                    String accountSid = params.get("AccountSid");
                    if (accountSid != null && !accountSid.equals(account.twilio().accountSid())) {
                        throw new AccessDeniedException("The request is for another Twilio account");
                    }
                    return new Verified(account, Map.copyOf(params));
                });
    }
}
