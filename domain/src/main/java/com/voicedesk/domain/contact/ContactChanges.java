package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.EmailAddress;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.Patch;
import com.voicedesk.domain.shared.PhoneNumber;

import java.time.LocalDate;
import java.time.ZoneId;

/** A partial update of a contact: each field is left alone, set, or cleared. */
public record ContactChanges(
        Patch<String> name,
        Patch<PhoneNumber> phone,
        Patch<EmailAddress> email,
        Patch<EventType> eventType,
        Patch<LocalDate> eventDate,
        Patch<Integer> guestCount,
        Patch<String> venue,
        Patch<Money> budget,
        Patch<ZoneId> timeZone,
        Patch<Boolean> doNotCall,
        Patch<Boolean> callConsent) {

    public ContactChanges {
        name = orUnchanged(name);
        phone = orUnchanged(phone);
        email = orUnchanged(email);
        eventType = orUnchanged(eventType);
        eventDate = orUnchanged(eventDate);
        guestCount = orUnchanged(guestCount);
        venue = orUnchanged(venue);
        budget = orUnchanged(budget);
        timeZone = orUnchanged(timeZone);
        doNotCall = orUnchanged(doNotCall);
        callConsent = orUnchanged(callConsent);
        if (doNotCall instanceof Patch.Set<Boolean> set && set.value() == null) {
            doNotCall = Patch.set(false);
        }
        if (callConsent instanceof Patch.Set<Boolean> set && set.value() == null) {
            callConsent = Patch.set(false);
        }
    }

    public static ContactChanges none() {
        return new ContactChanges(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> Patch<T> orUnchanged(Patch<T> patch) {
        return patch == null ? Patch.unchanged() : patch;
    }

    public ContactChanges withName(String value) {
        return new ContactChanges(Patch.set(value), phone, email, eventType, eventDate, guestCount, venue, budget,
                timeZone, doNotCall, callConsent);
    }

    public ContactChanges withPhone(PhoneNumber value) {
        return new ContactChanges(name, Patch.set(value), email, eventType, eventDate, guestCount, venue, budget,
                timeZone, doNotCall, callConsent);
    }

    public ContactChanges withEmail(EmailAddress value) {
        return new ContactChanges(name, phone, Patch.set(value), eventType, eventDate, guestCount, venue, budget,
                timeZone, doNotCall, callConsent);
    }

    public ContactChanges withEventType(EventType value) {
        return new ContactChanges(name, phone, email, Patch.set(value), eventDate, guestCount, venue, budget,
                timeZone, doNotCall, callConsent);
    }

    public ContactChanges withEventDate(LocalDate value) {
        return new ContactChanges(name, phone, email, eventType, Patch.set(value), guestCount, venue, budget,
                timeZone, doNotCall, callConsent);
    }

    public ContactChanges withGuestCount(Integer value) {
        return new ContactChanges(name, phone, email, eventType, eventDate, Patch.set(value), venue, budget,
                timeZone, doNotCall, callConsent);
    }

    public ContactChanges withVenue(String value) {
        return new ContactChanges(name, phone, email, eventType, eventDate, guestCount, Patch.set(value), budget,
                timeZone, doNotCall, callConsent);
    }

    public ContactChanges withBudget(Money value) {
        return new ContactChanges(name, phone, email, eventType, eventDate, guestCount, venue, Patch.set(value),
                timeZone, doNotCall, callConsent);
    }

    public boolean isEmpty() {
        return !(name.isSet() || phone.isSet() || email.isSet() || eventType.isSet() || eventDate.isSet()
                || guestCount.isSet() || venue.isSet() || budget.isSet() || timeZone.isSet() || doNotCall.isSet()
                || callConsent.isSet());
    }
}
