package com.voicedesk.bootstrap.run;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command on a fresh machine: the packaged service with no configuration at all starts an
 * embedded PostgreSQL, becomes ready, prints a demo API key that creates and reads a contact; after a restart
 * the data and the key are still there and no second demo tenant is made.
 */
class RunCommandIT {

    private static final Pattern DEMO_KEY = Pattern.compile("vd_[0-9A-Za-z]{40}");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process service;
    private Thread output;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
            service.destroyForcibly();
        }
        if (output != null) {
            output.join(10_000);
        }
    }

    @Test
    void startsOnAFreshMachineAndKeepsItsDataAcrossRestarts() throws Exception {
        Path home = Files.createTempDirectory("voicedesk-run");
        int port = freePort();

        List<String> firstRun = start(home, port);
        String apiKey = waitFor(firstRun, DEMO_KEY).group();
        // the key is printed while the service starts; requests wait until it listens
        waitFor(firstRun, Pattern.compile("Listening on"));

        HttpResponse<String> created = send(HttpRequest.newBuilder(uri(port, "/api/contacts"))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sarah Johnson\",\"phone\":\"+1 555 010 2000\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(location))
                .header("Authorization", "Bearer " + apiKey).GET());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"phone\":\"+15550102000\"");

        String operatorToken = Files.readString(home.resolve(".voicedesk/operator-token")).strip();
        HttpResponse<String> tenants = send(HttpRequest.newBuilder(uri(port, "/admin/tenants"))
                .header("Authorization", "Bearer " + operatorToken).GET());
        assertThat(tenants.body()).contains("\"slug\":\"demo\"");

        stop();
        // SIGTERM, as Kubernetes sends it: the JVM exits with 143 after Quarkus has shut down in order
        assertThat(service.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(firstRun).as("no errors, shutdown included").noneMatch(line -> line.contains(" ERROR "));
        assertThat(home.resolve(".voicedesk/postgres/postmaster.pid")).as("the embedded server stopped with it").doesNotExist();

        List<String> secondRun = start(home, port);
        waitFor(secondRun, Pattern.compile("Listening on"));
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(location))
                .header("Authorization", "Bearer " + apiKey).GET());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Sarah Johnson");
        assertThat(String.join("\n", secondRun)).doesNotContain("Demo tenant 'demo' created");
    }

    private List<String> start(Path home, int port) throws IOException {
        String jar = System.getProperty("voicedesk.app.jar");
        assertThat(jar).as("the failsafe configuration passes the packaged jar").isNotBlank();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE") || name.startsWith("VOICEDESK_"));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        service = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "service-output");
        reader.setDaemon(true);
        reader.start();
        output = reader;
        return lines;
    }

    private Matcher waitFor(List<String> lines, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            assertThat(service.isAlive()).as("the service is running; output so far:\n" + String.join("\n", lines)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("No '" + pattern + "' in the output within 180 s:\n" + String.join("\n", lines));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
