package com.voicedesk.adapters.persistence;

import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** The patterns every repository repeats: a versioned update, a page of a query. */
public final class Repositories {

    private Repositories() {
    }

    /**
     * Loads the row (in the caller's transaction, or a new one), refuses it when it is missing or at another
     * version than the caller read, applies the change and flushes; Hibernate's own version check at flush covers
     * a writer that slipped in between. Both conflicts surface as {@code stale}.
     */
    public static <E> Uni<E> updateVersioned(Supplier<Uni<E>> load, long expectedVersion, ToLongFunction<E> versionOf,
                                             Consumer<E> change, Supplier<RuntimeException> notFound,
                                             Supplier<RuntimeException> stale) {
        return Panache.withTransaction(() -> load.get().flatMap(entity -> {
                    if (entity == null) {
                        return Uni.createFrom().<E>failure(notFound.get());
                    }
                    if (versionOf.applyAsLong(entity) != expectedVersion) {
                        return Uni.createFrom().<E>failure(stale.get());
                    }
                    change.accept(entity);
                    return Panache.flush().replaceWith(entity);
                }))
                .onFailure(PersistenceErrors::isStaleState).transform(e -> stale.get());
    }

    /** One page of the query and the total count, one after the other (a session runs one query at a time). */
    public static <E, T> Uni<Page<T>> page(Supplier<PanacheQuery<E>> query, PageRequest page, Function<E, T> mapper) {
        return Panache.withSession(() -> {
            PanacheQuery<E> found = query.get();
            return found.page(page.page(), page.size()).list()
                    .flatMap(rows -> found.count().map(total ->
                            Page.of(rows.stream().map(mapper).toList(), page, total)));
        });
    }
}
