package org.candour.benchmark;

import org.candour.IntegrationTest;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.fieldwork.Submission;
import org.candour.fieldwork.SubmissionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fieldwork benchmark (./mvnw -Pbenchmark verify): sealed submissions through the service with 32
 * concurrent submitters on embedded PostgreSQL. Prints a table and writes target/benchmark-fieldwork.json.
 * Checks correctness only, never timing. (Heap per respondent session: RespondentSessionBenchmark.)
 */
@Tag("benchmark")
@IntegrationTest
class FieldworkBenchmark {

    private static final int SUBMITTERS = 32;
    private static final int WARM_UP = 640;
    private static final int MEASURED = 6400;

    @Autowired
    FieldworkService fieldwork;
    @Autowired
    OpenWaveFixture fixture;

    @Test
    void measure() throws Exception {
        BenchmarkReport report = new BenchmarkReport("fieldwork");
        report.put("cores", Runtime.getRuntime().availableProcessors());
        measureSubmissions(report);
        report.publish();
    }

    private void measureSubmissions(BenchmarkReport report) throws Exception {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(WARM_UP + MEASURED);
        run(wave.codes().subList(0, WARM_UP));
        long start = System.nanoTime();
        long[] latencies = run(wave.codes().subList(WARM_UP, WARM_UP + MEASURED));
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        report.put("submitters", SUBMITTERS)
                .put("submissions measured", MEASURED)
                .put("submissions per second", Math.round(MEASURED / seconds))
                .put("latency p50 ms", millis(latencies[latencies.length / 2]))
                .put("latency p95 ms", millis(latencies[(int) (latencies.length * 0.95)]))
                .put("latency p99 ms", millis(latencies[(int) (latencies.length * 0.99)]))
                .put("target submissions per second", ">= 300")
                .put("target p95 ms", "<= 100");
    }

    private long[] run(List<String> codes) throws Exception {
        SecureRandom random = new SecureRandom();
        List<Callable<Long>> tasks = new ArrayList<>();
        for (String code : codes) {
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            Submission submission = new Submission(code, nonce,
                    Map.of("FAIR_01", "A", "LEAD_02", "D", "RACISM_EXP_COLLEAGUE", "FEW", "REPORT_01", "NO"),
                    Map.of("ETHNICITY", "ASIAN", "GENDER", "WOMAN"),
                    Map.of("COMMENT_01", "Postings should be advertised openly and decided by a panel."));
            tasks.add(() -> {
                long begin = System.nanoTime();
                SubmissionResult result = fieldwork.submit(submission);
                long took = System.nanoTime() - begin;
                assertThat(result).isEqualTo(SubmissionResult.RECORDED);
                return took;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
        try {
            long[] latencies = new long[codes.size()];
            int i = 0;
            for (Future<Long> future : pool.invokeAll(tasks)) {
                latencies[i++] = future.get();
            }
            return latencies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
