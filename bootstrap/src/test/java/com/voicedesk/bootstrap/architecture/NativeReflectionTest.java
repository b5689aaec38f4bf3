package com.voicedesk.bootstrap.architecture;

import com.voicedesk.adapters.persistence.NativeReflection;
import com.voicedesk.domain.event.DomainEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbox payloads are Jackson-serialised records: a native image needs each one, and what it holds, registered. */
class NativeReflectionTest {

    @Test
    void everyDomainEventAndTheDomainTypesItHoldsAreRegistered() {
        Set<Class<?>> registered = Set.of(NativeReflection.class.getAnnotation(RegisterForReflection.class).targets());
        Set<Class<?>> needed = new HashSet<>();
        for (Class<?> event : DomainEvent.class.getPermittedSubclasses()) {
            collect(event, needed);
        }
        assertThat(registered).as("NativeReflection targets").containsAll(needed);
    }

    /** The type and, for a record, every domain type its components hold, all the way down. */
    private static void collect(Class<?> type, Set<Class<?>> needed) {
        if (!type.getPackageName().startsWith("com.voicedesk.domain") || !needed.add(type) || !type.isRecord()) {
            return;
        }
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).forEach(t -> collect(t, needed));
    }
}
