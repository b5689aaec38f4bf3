package com.voicedesk.domain.analysis;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A fact a tenant wants from every call beyond the built-in ones ("ceremony_time", "music_style").
 * {@code description} tells the language model what to listen for; the optional {@code pattern} (a regular
 * expression with one capturing group, matched case-insensitively) lets the offline analyzer find it too.
 */
public record CustomFact(String key, String description, String pattern) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public CustomFact {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidValueException("customFacts.key",
                    "must be 1 to 40 lower-case letters, digits or underscores, starting with a letter");
        }
        description = Require.text(description, "customFacts.description", 300);
        pattern = Require.optionalText(pattern, "customFacts.pattern", 300);
        if (pattern != null) {
            try {
                if (Pattern.compile(pattern).matcher("").groupCount() != 1) {
                    throw new InvalidValueException("customFacts.pattern", "must have exactly one capturing group");
                }
            } catch (PatternSyntaxException e) {
                throw new InvalidValueException("customFacts.pattern", "is not a valid regular expression");
            }
        }
    }

    /** The compiled pattern, or {@code null} when the fact has none. */
    public Pattern compiledPattern() {
        return pattern == null ? null : Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
