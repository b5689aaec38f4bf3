package com.voicedesk.bootstrap.assistant;

import com.voicedesk.application.assistant.voice.StartVoiceSessionUseCase;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Refuses the voice socket's upgrade (401) unless its ticket is authentic, unexpired and unused. */
@ApplicationScoped
public class AssistantVoiceUpgradeCheck implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(AssistantVoiceUpgradeCheck.class);

    private final StartVoiceSessionUseCase tickets;

    public AssistantVoiceUpgradeCheck(StartVoiceSessionUseCase tickets) {
        this.tickets = tickets;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return AssistantVoiceSocket.ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        return tickets.redeem(context.httpRequest().getParam("ticket"))
                .map(grant -> {
                    context.userData().put(AssistantVoiceSocket.GRANT, grant);
                    return CheckResult.permitUpgradeSync();
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.infof("Refused a voice socket from %s: %s", context.httpRequest().remoteAddress(), failure.getMessage());
                    return CheckResult.rejectUpgradeSync(401);
                });
    }
}
