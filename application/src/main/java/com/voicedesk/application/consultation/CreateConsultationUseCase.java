package com.voicedesk.application.consultation;

import io.smallrye.mutiny.Uni;

public interface CreateConsultationUseCase {

    Uni<ConsultationCreated> create(CreateConsultationCommand command);
}
