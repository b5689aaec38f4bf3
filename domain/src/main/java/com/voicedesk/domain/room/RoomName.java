package com.voicedesk.domain.room;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.tenant.TenantSlug;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A room name scoped to one tenant: {@code <tenant-slug>.<kind>-<key>}, such as {@code m10-dj.assistant-ben}
 * or {@code m10-dj.call-<call id>}. Names are built from the caller's own tenant, so no tenant can mint a
 * token for another tenant's room even when two tenants share a LiveKit project; a webhook about a room
 * named for another tenant is ignored. A slug never contains a dot, so the first dot ends it.
 */
public record RoomName(TenantSlug tenant, RoomType type, String key) {

    /** Identities and keys: what a CRM uses as a user id (letters, digits, {@code . _ @ + -}). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");

    /** The collaboration room used when the request names none. */
    public static final String DEFAULT_COLLABORATION_KEY = "team";

    public RoomName {
        Require.nonNull(tenant, "tenant");
        Require.nonNull(type, "type");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidValueException("room", "must be 1 to 64 letters, digits or . _ @ + - (got "
                    + (key == null ? "nothing" : "'" + abbreviate(key) + "'") + ")");
        }
    }

    public static RoomName assistant(TenantSlug tenant, String identity) {
        return new RoomName(tenant, RoomType.ADMIN_ASSISTANT, identity);
    }

    public static RoomName call(TenantSlug tenant, CallId call) {
        return new RoomName(tenant, RoomType.CALL, call.toString());
    }

    public static RoomName consultation(TenantSlug tenant, ConsultationId consultation) {
        return new RoomName(tenant, RoomType.CONSULTATION, consultation.toString());
    }

    public static RoomName collaboration(TenantSlug tenant, String key) {
        return new RoomName(tenant, RoomType.COLLABORATION, key == null || key.isBlank() ? DEFAULT_COLLABORATION_KEY : key.strip());
    }

    /** Reads a name VoiceDesk made; empty for any other name. */
    public static Optional<RoomName> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        int dot = raw.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String rest = raw.substring(dot + 1);
        for (RoomType type : RoomType.values()) {
            String prefix = prefix(type) + "-";
            if (rest.startsWith(prefix)) {
                try {
                    return Optional.of(new RoomName(new TenantSlug(raw.substring(0, dot)), type,
                            rest.substring(prefix.length())));
                } catch (InvalidValueException notOurs) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a string is a valid participant identity (the same alphabet as keys). */
    public static boolean isValidIdentity(String identity) {
        return identity != null && KEY.matcher(identity).matches();
    }

    public boolean belongsTo(TenantSlug slug) {
        return tenant.equals(slug);
    }

    /** The name as LiveKit knows it. */
    public String value() {
        return tenant.value() + "." + prefix(type) + "-" + key;
    }

    @Override
    public String toString() {
        return value();
    }

    private static String prefix(RoomType type) {
        return switch (type) {
            case ADMIN_ASSISTANT -> "assistant";
            case CALL -> "call";
            case CONSULTATION -> "consultation";
            case COLLABORATION -> "collaboration";
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 32 ? value.substring(0, 32) + "..." : value;
    }
}
