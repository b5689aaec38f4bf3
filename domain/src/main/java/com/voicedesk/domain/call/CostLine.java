package com.voicedesk.domain.call;

import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.Require;

import java.math.BigDecimal;

/** One item of a call's cost: "telephony, 3.5 minutes, 0.05 USD". */
public record CostLine(String item, BigDecimal quantity, String unit, Money cost) {

    public CostLine {
        item = Require.text(item, "item", 60);
        Require.nonNull(quantity, "quantity");
        unit = Require.text(unit, "unit", 20);
        Require.nonNull(cost, "cost");
    }
}
