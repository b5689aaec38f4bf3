package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.ContactNote;
import io.smallrye.mutiny.Uni;

public interface AddContactNoteUseCase {

    Uni<ContactNote> addNote(AddContactNoteCommand command);
}
