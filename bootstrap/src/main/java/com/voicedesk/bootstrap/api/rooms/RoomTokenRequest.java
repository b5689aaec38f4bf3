package com.voicedesk.bootstrap.api.rooms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A room token request. {@code type}: admin-assistant, call, consultation, collaboration; {@code role}: admin,
 * client, bot, observer; {@code identity} the participant (for admin-assistant, the admin whose assistant it is);
 * {@code name} the display name (required for a client); {@code room} the call id, consultation id or
 * collaboration room key.
 */
public record RoomTokenRequest(
        @NotBlank String type,
        @NotBlank String role,
        @NotBlank @Size(max = 64) String identity,
        @Size(max = 120) String name,
        @Size(max = 64) String room) {
}
