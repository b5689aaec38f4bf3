package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.Require;

/**
 * Where and how a tenant's rooms are recorded. {@code filepath} is the media server's file path template
 * (LiveKit expands {@code {room_name}}, {@code {time}} and friends); the storage it writes to (bucket and
 * its keys) is configured on the tenant's egress service, so nothing here is secret.
 */
public record RecordingSettings(FileType fileType, String filepath, boolean audioOnly) {

    public enum FileType { MP4, OGG }

    public RecordingSettings {
        Require.nonNull(fileType, "fileType");
        filepath = Require.text(filepath, "filepath", 500);
    }
}
