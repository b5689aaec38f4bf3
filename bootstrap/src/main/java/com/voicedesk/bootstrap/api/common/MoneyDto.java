package com.voicedesk.bootstrap.api.common;

import com.voicedesk.domain.shared.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** An amount and its ISO 4217 currency: {@code {"amount": 2500, "currency": "USD"}}. */
public record MoneyDto(
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 4) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {

    public static MoneyDto of(Money money) {
        return money == null ? null : new MoneyDto(money.amount(), money.currency().getCurrencyCode());
    }

    public Money toDomain() {
        return Money.of(amount.toPlainString(), currency);
    }
}
