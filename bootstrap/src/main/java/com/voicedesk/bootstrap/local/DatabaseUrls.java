package com.voicedesk.bootstrap.local;

/** Where a database listens, in the two URL forms Quarkus needs (Hibernate Reactive, and JDBC for Flyway). */
public record DatabaseUrls(String reactive, String jdbc, String username, String password) {

    public static DatabaseUrls localhost(int port, String database) {
        return new DatabaseUrls("postgresql://localhost:" + port + "/" + database,
                "jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "postgres");
    }

    @Override
    public String toString() {
        return "DatabaseUrls[" + jdbc + ", user=" + username + "]";
    }
}
