package com.voicedesk.application.room;

import com.voicedesk.domain.room.RoomToken;
import io.smallrye.mutiny.Uni;

public interface IssueRoomTokenUseCase {

    Uni<RoomToken> issue(IssueRoomTokenCommand command);
}
