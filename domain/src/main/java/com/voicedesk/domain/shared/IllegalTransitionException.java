package com.voicedesk.domain.shared;

import java.util.Set;

/** A state machine refused a move (a call state, a lead status). */
public class IllegalTransitionException extends DomainException {

    private final String from;
    private final String to;
    private final Set<String> allowed;

    public IllegalTransitionException(String what, Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        super(what + " cannot move from " + from + " to " + to
                + (allowed.isEmpty() ? " (" + from + " is final)" : "; allowed next: " + names(allowed)));
        this.from = from.name();
        this.to = to.name();
        this.allowed = names(allowed);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public Set<String> allowed() {
        return allowed;
    }
}
