package com.voicedesk.bootstrap.support;

import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSlug;
import io.quarkus.vertx.VertxContextSupport;

/** Test-side access to the stores, on a Vert.x context as Hibernate Reactive requires. */
public final class Tenants {

    private Tenants() {
    }

    public static TenantId idOf(TenantRepository tenants, String slug) {
        return await(() -> tenants.findBySlug(new TenantSlug(slug))).orElseThrow().id();
    }

    public static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
