package io.claimdesk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Latency of the main reads and of ingestion over HTTP, against the embedded PostgreSQL. Prints figures;
 * run with ./mvnw test -Pbenchmark. Not part of the build's tests.
 */
@QuarkusTest
@Tag("benchmark")
class ApiBenchmark {

    private static final int CLAIMS = 2_000;
    private static final int PAGE = 50;
    private static final int RUNS = 50;

    @Test
    void printsListSearchAndIngestLatencies() throws IOException {
        String tag = "bench" + TestData.unique().replace("-", "");
        String source = TestData.source();
        for (int i = 0; i < CLAIMS; i++) {
            TestData.claimAlongsideOthers(source, "Bench Speaker " + (i % 100) + " " + tag, tag);
        }

        String firstPage = "/api/v1/claims?limit=" + PAGE + "&tag=" + tag;
        String deepCursor = null;
        for (int page = 0; page < CLAIMS / PAGE - 1; page++) {
            deepCursor = given().get(firstPage + (deepCursor == null ? "" : "&cursor=" + deepCursor))
                    .then().statusCode(200).extract().path("nextCursor");
        }
        String lastPage = firstPage + "&cursor=" + deepCursor;
        assertEquals(PAGE, (int) given().get(lastPage).then().extract().path("items.size()"));

        String sample = sample("002_06944bffa7e5bff6.txt");
        int[] ingested = { 0 };

        System.out.println();
        System.out.printf("%-48s %10s %10s%n", "operation (" + CLAIMS + " claims stored)", "median ms", "p95 ms");
        report("GET /claims first page of " + PAGE, () -> given().get(firstPage).then().statusCode(200));
        report("GET /claims last page (" + CLAIMS / PAGE + "th, by cursor)", () -> given().get(lastPage).then().statusCode(200));
        report("GET /claims?q=soldiers first page", () -> given().get(firstPage + "&q=soldiers").then().statusCode(200));
        report("GET /sources/{id}/claims first page", () -> given().get("/api/v1/sources/" + source + "/claims?limit=" + PAGE)
                .then().statusCode(200));
        report("POST /sources?extract=true (sample article)", () -> given().contentType(ContentType.JSON)
                .body(Map.of("text", sample + "\n" + tag + " " + ingested[0]++))
                .post("/api/v1/sources?extract=true").then().statusCode(201));
    }

    private static void report(String operation, Supplier<Object> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-48s %10.1f %10.1f%n", operation, millis[RUNS / 2], millis[(int) (RUNS * 0.95) - 1]);
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = ApiBenchmark.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
