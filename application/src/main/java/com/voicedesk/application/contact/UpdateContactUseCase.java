package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.Contact;
import io.smallrye.mutiny.Uni;

public interface UpdateContactUseCase {

    /** NotFoundException for an unknown contact, ConflictException for a stale expected version. */
    Uni<Contact> update(UpdateContactCommand command);
}
