package com.voicedesk.application.call;

import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

public interface CallQueriesUseCase {

    Uni<Page<Call>> list(TenantId tenant, CallFilter filter, PageRequest page);

    /** NotFoundException for a call outside the tenant. */
    Uni<CallDetail> detail(TenantId tenant, CallId id);
}
