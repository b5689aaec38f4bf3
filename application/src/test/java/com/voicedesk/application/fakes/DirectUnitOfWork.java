package com.voicedesk.application.fakes;

import com.voicedesk.domain.shared.UnitOfWork;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/** Runs the work as it is and counts the units of work, so a test can see what was grouped. */
public final class DirectUnitOfWork implements UnitOfWork {

    public int started;

    @Override
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        started++;
        return Uni.createFrom().deferred(work::get);
    }
}
