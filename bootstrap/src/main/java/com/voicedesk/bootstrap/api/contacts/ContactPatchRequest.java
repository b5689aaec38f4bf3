package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.bootstrap.api.common.MoneyDto;
import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.shared.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A partial update with JSON merge-patch meaning: a field left out is unchanged, a field sent as
 * {@code null} is cleared. Jackson calls a setter only for a field that is present, which is how the two
 * are told apart. {@code version}, when sent, makes the update apply only to that version.
 */
public class ContactPatchRequest {

    private final Set<String> present = new HashSet<>();

    @Size(max = 200)
    private String name;
    @Size(max = 40)
    private String phone;
    @Size(max = 254)
    private String email;
    private EventType eventType;
    private LocalDate eventDate;
    @Min(1)
    @Max(100_000)
    private Integer guestCount;
    @Size(max = 300)
    private String venue;
    @Valid
    private MoneyDto budget;
    @Size(max = 64)
    private String timeZone;
    private Boolean doNotCall;
    private Boolean callConsent;
    @Min(0)
    private Long version;

    public void setName(String v) { name = v; present.add("name"); }
    public void setPhone(String v) { phone = v; present.add("phone"); }
    public void setEmail(String v) { email = v; present.add("email"); }
    public void setEventType(EventType v) { eventType = v; present.add("eventType"); }
    public void setEventDate(LocalDate v) { eventDate = v; present.add("eventDate"); }
    public void setGuestCount(Integer v) { guestCount = v; present.add("guestCount"); }
    public void setVenue(String v) { venue = v; present.add("venue"); }
    public void setBudget(MoneyDto v) { budget = v; present.add("budget"); }
    public void setTimeZone(String v) { timeZone = v; present.add("timeZone"); }
    public void setDoNotCall(Boolean v) { doNotCall = v; present.add("doNotCall"); }
    public void setCallConsent(Boolean v) { callConsent = v; present.add("callConsent"); }
    public void setVersion(Long v) { version = v; }

    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public EventType getEventType() { return eventType; }
    public LocalDate getEventDate() { return eventDate; }
    public Integer getGuestCount() { return guestCount; }
    public String getVenue() { return venue; }
    public MoneyDto getBudget() { return budget; }
    public String getTimeZone() { return timeZone; }
    public Boolean getDoNotCall() { return doNotCall; }
    public Boolean getCallConsent() { return callConsent; }
    public Long getVersion() { return version; }

    ContactChanges toChanges() {
        return new ContactChanges(
                patch("name", name, Function.identity()),
                patch("phone", phone, ContactFields::phone),
                patch("email", email, ContactFields::email),
                patch("eventType", eventType, Function.identity()),
                patch("eventDate", eventDate, Function.identity()),
                patch("guestCount", guestCount, Function.identity()),
                patch("venue", venue, Function.identity()),
                patch("budget", budget, MoneyDto::toDomain),
                patch("timeZone", timeZone, ContactFields::timeZone),
                patch("doNotCall", doNotCall, Function.identity()),
                patch("callConsent", callConsent, Function.identity()));
    }

    private <T, R> Patch<R> patch(String field, T value, Function<T, R> convert) {
        if (!present.contains(field)) {
            return Patch.unchanged();
        }
        return Patch.set(value == null ? null : convert.apply(value));
    }
}
