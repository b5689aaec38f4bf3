package com.voicedesk.bootstrap.api;

import com.voicedesk.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContactApiTest {

    @Test
    void createsReadsAndNormalisesAContact() {
        Api.TestTenant tenant = Api.newTenant();
        String id = tenant.request().body(Map.of(
                        "name", "  Sarah Johnson ",
                        "phone", "+1 (555) 010-2000",
                        "email", "sarah@Example.COM",
                        "eventType", "WEDDING",
                        "eventDate", "2027-06-12",
                        "guestCount", 150,
                        "budget", Map.of("amount", 2500, "currency", "USD")))
                .post("/api/contacts")
                .then().statusCode(201)
                .extract().path("id");

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
                .body("version", equalTo(0));
    }
}
