package com.voicedesk.bootstrap.api;

import com.voicedesk.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContactApiTest {

    @Test
    void createsAndReadsAContactWithNormalisedFields() {
        Api.TestTenant tenant = Api.newTenant();
        var created = tenant.request().body(Map.of(
                        "name", "  Sarah Johnson ",
                        "phone", "+1 (555) 010-2000",
                        "email", "sarah@Example.COM",
                        "eventType", "WEDDING",
                        "eventDate", "2027-06-12",
                        "guestCount", 150,
                        "budget", Map.of("amount", 2500, "currency", "USD")))
                .post("/api/contacts")
                .then().statusCode(201).extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/contacts/" + id));

        tenant.request().get("/api/contacts/" + id).then().statusCode(200)
                .body("name", equalTo("Sarah Johnson"))
                .body("phone", equalTo("+15550102000"))
                .body("email", equalTo("sarah@example.com"))
                .body("eventType", equalTo("WEDDING"))
                .body("eventDate", equalTo("2027-06-12"))
                .body("guestCount", equalTo(150))
                .body("budget.amount", equalTo(2500.00f))
                .body("budget.currency", equalTo("USD"))
                .body("leadStatus", equalTo("NEW"))
                .body("source", equalTo("ADMIN"))
                .body("version", equalTo(0));
    }

    @Test
    void patchChangesWhatItNamesClearsNullsAndLeavesTheRest() {
        Api.TestTenant tenant = Api.newTenant();
        String id = Api.createContact(tenant, Map.of("name", "Mike", "email", "mike@example.com", "venue", "Hall A"));
        Map<String, Object> patch = new HashMap<>();
        patch.put("venue", "The Grand Hall");
        patch.put("email", null);
        patch.put("guestCount", 80);

        tenant.request().body(patch).patch("/api/contacts/" + id).then().statusCode(200)
                .body("venue", equalTo("The Grand Hall"))
                .body("email", nullValue())
                .body("guestCount", equalTo(80))
                .body("name", equalTo("Mike"))
                .body("version", equalTo(1));
        tenant.request().get("/api/contacts/" + id).then().body("venue", equalTo("The Grand Hall")).body("email", nullValue());
    }

    @Test
    void patchWithAStaleVersionIsAConflictAndChangesNothing() {
        Api.TestTenant tenant = Api.newTenant();
        String id = Api.createContact(tenant, Map.of("name", "Ann"));
        tenant.request().body(Map.of("venue", "A", "version", 0)).patch("/api/contacts/" + id).then().statusCode(200);
        Api.assertProblem(tenant.request().body(Map.of("venue", "B", "version", 0)).patch("/api/contacts/" + id).then(),
                409, "conflict").body("detail", containsString("version 1, not 0"));
        tenant.request().get("/api/contacts/" + id).then().body("venue", equalTo("A"));
    }

    @Test
    void searchesByNameOrPhoneNewestFirstWithPages() {
        Api.TestTenant tenant = Api.newTenant();
        Api.createContact(tenant, Map.of("name", "Sarah Johnson", "phone", "+15550102000"));
        Api.createContact(tenant, Map.of("name", "Sara Lee", "phone", "+15550103000"));
        Api.createContact(tenant, Map.of("name", "Tom Baker", "phone", "+442079460958"));

        tenant.request().queryParam("q", "sara").get("/api/contacts").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains("Sara Lee", "Sarah Johnson"));
        tenant.request().queryParam("q", "555-0102").get("/api/contacts").then()
                .body("items.name", contains("Sarah Johnson"));
        tenant.request().queryParam("q", "100%_").get("/api/contacts").then().body("total", equalTo(0));

        ValidatableResponse first = tenant.request().queryParam("size", 2).get("/api/contacts").then();
        first.body("items", hasSize(2)).body("total", equalTo(3)).body("hasNext", equalTo(true))
                .body("items[0].name", equalTo("Tom Baker"));
        tenant.request().queryParam("size", 2).queryParam("page", 1).get("/api/contacts").then()
                .body("items.name", contains("Sarah Johnson")).body("hasNext", equalTo(false));
    }

    @Test
    void filtersByLeadStatus() {
        Api.TestTenant tenant = Api.newTenant();
        String booked = Api.createContact(tenant, Map.of("name", "Booked"));
        Api.createContact(tenant, Map.of("name", "Fresh"));
        tenant.request().body(Map.of("status", "BOOKED")).put("/api/contacts/" + booked + "/lead-status").then().statusCode(200);

        tenant.request().queryParam("leadStatus", "BOOKED").get("/api/contacts").then()
                .body("items.name", contains("Booked"));
        tenant.request().queryParam("leadStatus", "new").get("/api/contacts").then()
                .body("items.name", contains("Fresh"));
    }

    @Test
    void notesAreKeptNewestFirst() {
        Api.TestTenant tenant = Api.newTenant();
        String id = Api.createContact(tenant, Map.of("name", "Ann"));
        tenant.request().body(Map.of("text", "First call: wedding in June")).post("/api/contacts/" + id + "/notes")
                .then().statusCode(201).body("author", equalTo("admin")).body("source", equalTo("ADMIN"));
        tenant.request().body(Map.of("text", "Sent the proposal", "author", "alice"))
                .post("/api/contacts/" + id + "/notes").then().statusCode(201);

        tenant.request().get("/api/contacts/" + id + "/notes").then().statusCode(200)
                .body("text", contains("Sent the proposal", "First call: wedding in June"))
                .body("author", contains("alice", "admin"));
    }

    @Test
    void leadStatusMovesAlongTheTableWithHistory() {
        Api.TestTenant tenant = Api.newTenant();
        String id = Api.createContact(tenant, Map.of("name", "Ann"));
        tenant.request().body(Map.of("status", "QUALIFIED", "reason", "budget confirmed", "actor", "alice"))
                .put("/api/contacts/" + id + "/lead-status").then().statusCode(200)
                .body("leadStatus", equalTo("QUALIFIED"));

        Api.assertProblem(tenant.request().body(Map.of("status", "NEW")).put("/api/contacts/" + id + "/lead-status").then(),
                        409, "invalid-transition")
                .body("detail", equalTo("Lead status cannot move from QUALIFIED to NEW; allowed next: [BOOKED, LOST, PROPOSAL_SENT]"));

        tenant.request().get("/api/contacts/" + id + "/lead-status").then().statusCode(200)
                .body("to", contains("NEW", "QUALIFIED"))
                .body("from", contains(null, "NEW"))
                .body("[1].reason", equalTo("budget confirmed"))
                .body("[1].actor", equalTo("alice"));
        tenant.request().get("/api/contacts/" + id).then().body("leadStatus", equalTo("QUALIFIED"));
    }

    @Test
    void anUnknownContactIsNotFound() {
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(tenant.request().get("/api/contacts/" + java.util.UUID.randomUUID()).then(), 404, "not-found");
        Api.assertProblem(tenant.request().get("/api/contacts/not-a-uuid").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("contactId"));
        Api.assertProblem(tenant.request().body(List.of()).post("/api/contacts").then(), 400, "malformed-request");
    }
}
