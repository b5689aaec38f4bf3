package com.voicedesk.application.consultation;

import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

public interface ConsultationQueriesUseCase {

    /** Newest first, with their recordings (no transcripts). */
    Uni<Page<ConsultationView>> list(TenantId tenant, PageRequest page);

    /** One consultation with its recordings and transcript. */
    Uni<ConsultationView> get(TenantId tenant, ConsultationId id);
}
