package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.Contact;
import io.smallrye.mutiny.Uni;

public interface CreateContactUseCase {

    Uni<Contact> create(CreateContactCommand command);
}
