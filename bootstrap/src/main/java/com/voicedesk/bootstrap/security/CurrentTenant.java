package com.voicedesk.bootstrap.security;

import com.voicedesk.application.tenant.TenantPrincipal;
import com.voicedesk.domain.shared.TenantId;
import jakarta.enterprise.context.RequestScoped;

/** The tenant of the current /api request, set by {@link ApiKeyAuthFilter} before any resource runs. */
@RequestScoped
public class CurrentTenant {

    private TenantPrincipal principal;

    void set(TenantPrincipal principal) {
        this.principal = principal;
    }

    /** Whether an earlier filter has already authenticated this request (an admin token). */
    boolean isAuthenticated() {
        return principal != null;
    }

    public TenantPrincipal principal() {
        if (principal == null) {
            throw new IllegalStateException("No authenticated tenant in this request; is the path under /api?");
        }
        return principal;
    }

    public TenantId id() {
        return principal().tenantId();
    }
}
