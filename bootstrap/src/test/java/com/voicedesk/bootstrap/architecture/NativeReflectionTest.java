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
            needed.add(event);
            Arrays.stream(event.getRecordComponents()).map(RecordComponent::getType)
                    .filter(type -> type.getPackageName().startsWith("com.voicedesk.domain"))
                    .forEach(needed::add);
        }
        assertThat(registered).as("NativeReflection targets").containsAll(needed);
    }
}
