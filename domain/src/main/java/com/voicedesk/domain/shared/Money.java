package com.voicedesk.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount in a currency, at the currency's precision. Never negative here: budgets and costs. */
public record Money(BigDecimal amount, Currency currency) {

    private static final BigDecimal MAX = new BigDecimal("1000000000");

    public Money {
        Require.nonNull(amount, "amount");
        Require.nonNull(currency, "currency");
        if (amount.signum() < 0 || amount.compareTo(MAX) >= 0) {
            throw new InvalidValueException("amount", "must be between 0 and 1,000,000,000");
        }
        // One canonical scale per value: the currency's digits, more only where the value needs them (up to 4),
        // so that 2500, 2500.00 and a stored 2500.0000 are the same Money.
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        int needed = Math.max(amount.stripTrailingZeros().scale(), 0);
        amount = amount.setScale(Math.max(digits, Math.min(needed, 4)), RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currencyCode) {
        try {
            return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "must be a decimal number");
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("currency", "must be an ISO 4217 code such as USD");
        }
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("currency", "cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
