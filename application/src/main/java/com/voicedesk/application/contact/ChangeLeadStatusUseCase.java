package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.Contact;
import io.smallrye.mutiny.Uni;

public interface ChangeLeadStatusUseCase {

    /**
     * Moves the contact along the allowed transitions and records the change in its history, in one
     * transaction. Asking for the status it already has changes nothing. IllegalTransitionException for a
     * move the table refuses.
     */
    Uni<Contact> changeStatus(ChangeLeadStatusCommand command);
}
