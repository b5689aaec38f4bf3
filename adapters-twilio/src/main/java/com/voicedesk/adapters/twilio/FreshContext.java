package com.voicedesk.adapters.twilio;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs database work from webhooks and media sockets on a new Vert.x duplicated context, marked safe for
 * Hibernate Reactive: each unit gets its own session, never one shared with concurrent work.
 */
public final class FreshContext {

    private FreshContext() {
    }

    public static <T> Uni<T> run(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().<T>deferred(work::get).runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
