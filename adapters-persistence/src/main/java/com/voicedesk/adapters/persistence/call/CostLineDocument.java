package com.voicedesk.adapters.persistence.call;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.voicedesk.domain.call.CostLine;
import com.voicedesk.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** One element of {@code calls.costs}. */
@RegisterForReflection(ignoreNested = false)
record CostLineDocument(String item, BigDecimal quantity, String unit, BigDecimal amount, String currency) {

    static CostLineDocument of(CostLine line) {
        return new CostLineDocument(line.item(), line.quantity(), line.unit(), line.cost().amount(),
                line.cost().currency().getCurrencyCode());
    }

    CostLine toDomain() {
        return new CostLine(item, quantity, unit, new Money(amount, Currency.getInstance(currency)));
    }
}
