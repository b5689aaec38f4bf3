package com.voicedesk.domain.shared;

import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/**
 * A transaction. Everything the work does through the repositories commits together or not at all;
 * a unit of work started inside another joins it.
 */
@FunctionalInterface
public interface UnitOfWork {

    <T> Uni<T> inTransaction(Supplier<Uni<T>> work);
}
