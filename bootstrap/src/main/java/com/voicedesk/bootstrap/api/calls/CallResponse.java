package com.voicedesk.bootstrap.api.calls;

import com.voicedesk.bootstrap.api.common.MoneyDto;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallDirection;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.call.CostLine;
import com.voicedesk.domain.call.TranscriptStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A call; {@code durationSeconds} from creation to end (null while it lasts), {@code talkSeconds} from answer to end. */
public record CallResponse(
        UUID id,
        UUID contactId,
        CallDirection direction,
        CallPurpose purpose,
        CallStatus status,
        String from,
        String to,
        String providerCallId,
        String roomName,
        TranscriptStatus transcriptStatus,
        Instant createdAt,
        Instant answeredAt,
        Instant endedAt,
        Long durationSeconds,
        long talkSeconds,
        List<CostLineResponse> costs) {

    public record CostLineResponse(String item, BigDecimal quantity, String unit, MoneyDto cost) {
        static CostLineResponse of(CostLine line) {
            return new CostLineResponse(line.item(), line.quantity(), line.unit(), MoneyDto.of(line.cost()));
        }
    }

    public static CallResponse of(Call c) {
        return new CallResponse(c.id().value(), c.contactId() == null ? null : c.contactId().value(), c.direction(),
                c.purpose(), c.status(), c.from(), c.to(), c.providerCallId(), c.roomName(), c.transcriptStatus(),
                c.createdAt(), c.answeredAt(), c.endedAt(),
                c.endedAt() == null ? null : c.duration(c.endedAt()).toSeconds(), c.talkTime().toSeconds(),
                c.costs().stream().map(CostLineResponse::of).toList());
    }
}
