package com.voicedesk.adapters.persistence.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "contacts")
public class ContactEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    public String name;
    public String phone;
    public String email;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "event_date")
    public LocalDate eventDate;

    @Column(name = "guest_count")
    public Integer guestCount;

    public String venue;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(name = "lead_status")
    public String leadStatus;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "do_not_call")
    public boolean doNotCall;

    @Column(name = "call_consent")
    public boolean callConsent;

    public String source;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
