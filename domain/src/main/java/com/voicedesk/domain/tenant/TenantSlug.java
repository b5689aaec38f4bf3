package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/** A tenant's URL-safe handle ("m10-dj"), used in webhook paths and room names. */
public record TenantSlug(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public TenantSlug {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("slug",
                    "must be 1 to 40 lower-case letters, digits or inner dashes, such as m10-dj");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
