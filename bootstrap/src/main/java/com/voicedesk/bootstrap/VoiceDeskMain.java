package com.voicedesk.bootstrap;

import com.voicedesk.bootstrap.local.LocalRun;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of the packaged service. Before Quarkus reads its configuration, {@link LocalRun} starts an
 * embedded PostgreSQL when no datasource URL is configured, so that the service runs on a fresh machine.
 */
@QuarkusMain
public final class VoiceDeskMain {

    private VoiceDeskMain() {
    }

    public static void main(String... args) {
        LocalRun.prepare();
        Quarkus.run(args);
    }
}
