package com.voicedesk.application.assistant.voice;

import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.shared.TenantId;

/** What a redeemed ticket allows: this admin's voice, in this tenant, into this conversation (and room). */
public record VoiceSessionGrant(TenantId tenantId, String identity, ConversationId conversationId, String room,
                                boolean speak, String nonce) {
}
