package com.voicedesk.domain.call;

import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A phone or room call. {@code from} and {@code to} are the addresses the provider reported (an E.164
 * number, a SIP URI, a client id). State changes only through {@link #moveTo}, which enforces
 * {@link CallStatus}'s table and keeps the times consistent.
 */
public record Call(
        CallId id,
        TenantId tenantId,
        ContactId contactId,
        CallDirection direction,
        CallPurpose purpose,
        CallStatus status,
        String from,
        String to,
        String providerCallId,
        String roomName,
        TranscriptStatus transcriptStatus,
        List<CostLine> costs,
        Instant createdAt,
        Instant answeredAt,
        Instant endedAt,
        long version) {

    public Call {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(direction, "direction");
        Require.nonNull(purpose, "purpose");
        Require.nonNull(status, "status");
        from = Require.optionalText(from, "from", 200);
        to = Require.optionalText(to, "to", 200);
        providerCallId = Require.optionalText(providerCallId, "providerCallId", 100);
        roomName = Require.optionalText(roomName, "roomName", 200);
        Require.nonNull(transcriptStatus, "transcriptStatus");
        costs = Require.list(costs, "costs", 100);
        Require.nonNull(createdAt, "createdAt");
    }

    public static Call inbound(TenantId tenant, ContactId contact, String from, String to, String providerCallId,
                               Instant now) {
        return new Call(CallId.random(), tenant, contact, CallDirection.INBOUND, CallPurpose.INQUIRY,
                CallStatus.RINGING, from, to, providerCallId, null, TranscriptStatus.NONE, List.of(), now, null, null, 0);
    }

    public static Call outbound(TenantId tenant, ContactId contact, CallPurpose purpose, String from, String to,
                                Instant now) {
        return new Call(CallId.random(), tenant, contact, CallDirection.OUTBOUND, purpose, CallStatus.QUEUED,
                from, to, null, null, TranscriptStatus.NONE, List.of(), now, null, null, 0);
    }

    /** The call in its next state; answering and ending stamp their times once. */
    public Call moveTo(CallStatus next, Instant at) {
        CallStatus moved = status.moveTo(next);
        Instant answered = answeredAt == null && moved == CallStatus.IN_PROGRESS ? at : answeredAt;
        Instant ended = moved.isTerminal() ? at : endedAt;
        return new Call(id, tenantId, contactId, direction, purpose, moved, from, to, providerCallId, roomName,
                transcriptStatus, costs, createdAt, answered, ended, version);
    }

    /**
     * Over, with a settled transcript: nothing more will be added to it. This is the moment the call is
     * announced as completed (and analysed), whichever of the two happens last.
     */
    public boolean isSettled() {
        return status.isTerminal() && transcriptStatus != TranscriptStatus.LIVE;
    }

    /** How long the parties talked: from answer to end, zero if never answered. */
    public Duration talkTime() {
        if (answeredAt == null || endedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(answeredAt, endedAt);
    }

    /** How long the call existed: from creation to end (or to {@code now} while it lasts). */
    public Duration duration(Instant now) {
        return Duration.between(createdAt, endedAt == null ? now : endedAt);
    }

    public Call withProviderCallId(String value) {
        return new Call(id, tenantId, contactId, direction, purpose, status, from, to, value, roomName,
                transcriptStatus, costs, createdAt, answeredAt, endedAt, version);
    }

    public Call withRoomName(String value) {
        return new Call(id, tenantId, contactId, direction, purpose, status, from, to, providerCallId, value,
                transcriptStatus, costs, createdAt, answeredAt, endedAt, version);
    }

    public Call withTranscriptStatus(TranscriptStatus value) {
        return new Call(id, tenantId, contactId, direction, purpose, status, from, to, providerCallId, roomName,
                value, costs, createdAt, answeredAt, endedAt, version);
    }

    public Call withCost(CostLine line) {
        List<CostLine> all = new ArrayList<>(costs);
        all.add(line);
        return new Call(id, tenantId, contactId, direction, purpose, status, from, to, providerCallId, roomName,
                transcriptStatus, all, createdAt, answeredAt, endedAt, version);
    }
}
