package com.voicedesk.application.consultation;

import io.smallrye.mutiny.Uni;

public interface JoinConsultationUseCase {

    /** A client token for the consultation a join link names; AccessDeniedException for a bad or expired link. */
    Uni<ClientJoin> join(String linkToken);
}
