package com.voicedesk.application.assistant.voice;

import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.room.RoomName;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/**
 * An admin about to talk to the assistant from the browser: who (the CRM's user id), which conversation to
 * continue ({@code null}: a new one), which of the tenant's rooms should also get the replies ({@code null}:
 * none), and whether replies are spoken.
 */
public record StartVoiceSessionCommand(TenantId tenantId, String identity, ConversationId conversationId, String room,
                                       boolean speak) {

    public StartVoiceSessionCommand {
        Require.nonNull(tenantId, "tenantId");
        identity = Require.text(identity, "identity", 64);
        if (!RoomName.isValidIdentity(identity)) {
            throw new InvalidValueException("identity", "must be letters, digits or . _ @ + - (at most 64)");
        }
        room = Require.optionalText(room, "room", 128);
    }
}
