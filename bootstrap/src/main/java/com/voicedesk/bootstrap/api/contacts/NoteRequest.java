package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.domain.contact.ContactNote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note for a contact's file; {@code author} defaults to "admin". */
public record NoteRequest(@NotBlank @Size(max = ContactNote.MAX_LENGTH) String text, @Size(max = 200) String author) {
}
