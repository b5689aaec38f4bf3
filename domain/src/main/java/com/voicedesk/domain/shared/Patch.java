package com.voicedesk.domain.shared;

import java.util.function.Function;

/**
 * One field of a partial update: left alone, or set to a value ({@code null} clears it).
 * Distinguishes "not mentioned" from "cleared", which a nullable field cannot.
 */
public sealed interface Patch<T> {

    @SuppressWarnings("unchecked")
    static <T> Patch<T> unchanged() {
        return (Patch<T>) Unchanged.INSTANCE;
    }

    static <T> Patch<T> set(T value) {
        return new Set<>(value);
    }

    /** Applies this patch to the current value. */
    T applyTo(T current);

    boolean isSet();

    <R> Patch<R> map(Function<T, R> mapper);

    enum Unchanged implements Patch<Object> {
        INSTANCE;

        @Override
        public Object applyTo(Object current) {
            return current;
        }

        @Override
        public boolean isSet() {
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> Patch<R> map(Function<Object, R> mapper) {
            return (Patch<R>) this;
        }
    }

    record Set<T>(T value) implements Patch<T> {
        @Override
        public T applyTo(T current) {
            return value;
        }

        @Override
        public boolean isSet() {
            return true;
        }

        @Override
        public <R> Patch<R> map(Function<T, R> mapper) {
            return new Set<>(value == null ? null : mapper.apply(value));
        }
    }
}
