package com.voicedesk.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+15550102000", "+1 (555) 010-2000", "+44 20 7946 0958", "0044 20 7946 0958", "+1.555.010.2000"})
    void phoneNumbersNormaliseToE164(String raw) {
        assertThat(PhoneNumber.parse(raw).value()).matches("\\+[1-9]\\d{6,14}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5550102000", "+0555010200", "+1555", "+1234567890123456", "call me", "+1 555 ABC 2000", ""})
    void invalidPhoneNumbersAreRefusedNamingTheField(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }

    @Test
    void theConstructorAcceptsOnlyE164() {
        assertThat(new PhoneNumber("+15550102000").toString()).isEqualTo("+15550102000");
        assertThatThrownBy(() -> new PhoneNumber("+1 555 010 2000")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void emailDomainsAreLowerCased() {
        assertThat(EmailAddress.parse(" Sarah.J@Example.COM ").value()).isEqualTo("Sarah.J@example.com");
        assertThatThrownBy(() -> EmailAddress.parse("sarah@")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EmailAddress.parse("no at sign")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void moneyHasOneCanonicalScale() {
        assertThat(Money.of("2500", "USD")).isEqualTo(new Money(new BigDecimal("2500.0000"), Currency.getInstance("USD")));
        assertThat(Money.of("0.0425", "USD").amount()).isEqualByComparingTo("0.0425");
        assertThat(Money.of("1500", "JPY").toString()).isEqualTo("1500 JPY");
        assertThat(Money.of("10.5", "USD").plus(Money.of("1.25", "USD")).toString()).isEqualTo("11.75 USD");
    }

    @Test
    void moneyRefusesNonsense() {
        assertThatThrownBy(() -> Money.of("-1", "USD")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("ten", "USD")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("10", "DOLLARS"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void identifiersMustBeCanonicalUuids() {
        assertThat(TenantId.of("0b6a3e8e-2f7c-4a8e-9a53-3a1d2c6f9e11").value()).isNotNull();
        assertThatThrownBy(() -> TenantId.of("1-2-3-4-5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TenantId.of("nope")).hasMessage("tenantId: must be a UUID");
    }

    @Test
    void pagesAreBounded() {
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).isInstanceOf(InvalidValueException.class);
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThat(Page.of(java.util.List.of(1, 2), new PageRequest(0, 2), 3).hasNext()).isTrue();
        assertThat(Page.of(java.util.List.of(3), new PageRequest(1, 2), 3).hasNext()).isFalse();
    }

    @Test
    void mapsKeepNullValuesButNotNullKeys() {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("amount", 250);
        data.put("invoice", null);
        assertThat(Require.map(data, "data", 10)).containsEntry("invoice", null).containsKeys("amount", "invoice");
        data.put(null, "x");
        assertThatThrownBy(() -> Require.map(data, "data", 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Require.map(java.util.Map.of("a", 1, "b", 2), "data", 1)).hasMessageContaining("at most 1");
    }

    @Test
    void patchesKnowUnchangedFromCleared() {
        Patch<String> unchanged = Patch.unchanged();
        Patch<String> cleared = Patch.set(null);
        assertThat(unchanged.applyTo("x")).isEqualTo("x");
        assertThat(cleared.applyTo("x")).isNull();
        assertThat(Patch.set("a").map(String::toUpperCase).applyTo("x")).isEqualTo("A");
        assertThat(cleared.map(String::toUpperCase).isSet()).isTrue();
        assertThat(unchanged.isSet()).isFalse();
    }
}
