package com.voicedesk.adapters.persistence;

import com.voicedesk.domain.shared.UnitOfWork;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * A Hibernate Reactive transaction on the current session; a nested one joins the outer transaction.
 * It also marks the Vert.x context while the work runs, so that repositories know whether a read must see
 * this transaction's uncommitted writes (go through the session) or may take the direct path.
 */
@ApplicationScoped
public class PanacheUnitOfWork implements UnitOfWork {

    private static final String DEPTH = PanacheUnitOfWork.class.getName() + ".depth";

    @Override
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> {
            Context context = Vertx.currentContext();
            enter(context);
            return Uni.createFrom().<T>deferred(work::get).eventually(() -> leave(context));
        });
    }

    /** Whether the caller runs inside a unit of work on this Vert.x context. */
    public static boolean isActive() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return false;
        }
        Integer depth = context.getLocal(DEPTH);
        return depth != null && depth > 0;
    }

    private static void enter(Context context) {
        if (context != null) {
            Integer depth = context.getLocal(DEPTH);
            context.putLocal(DEPTH, depth == null ? 1 : depth + 1);
        }
    }

    private static void leave(Context context) {
        if (context != null) {
            Integer depth = context.getLocal(DEPTH);
            if (depth == null || depth <= 1) {
                context.removeLocal(DEPTH);
            } else {
                context.putLocal(DEPTH, depth - 1);
            }
        }
    }
}
