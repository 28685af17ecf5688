package org.candour.benchmark;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.candour.IntegrationTest;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.fieldwork.Submission;
import org.candour.fieldwork.SubmissionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.lang.management.ManagementFactory;
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
 * concurrent submitters on embedded PostgreSQL, and the retained heap of active respondent UI sessions.
 * Prints a table and writes target/benchmark-fieldwork.json. Checks correctness only, never timing.
 */
@Tag("benchmark")
@IntegrationTest
class FieldworkBenchmark {

    private static final int SUBMITTERS = 32;
    private static final int WARM_UP = 640;
    private static final int MEASURED = 6400;
    private static final int UI_SESSIONS = 300;

    @Autowired
    FieldworkService fieldwork;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    ApplicationContext spring;

    @Test
    void measure() throws Exception {
        BenchmarkReport report = new BenchmarkReport("fieldwork");
        report.put("cores", Runtime.getRuntime().availableProcessors());
        measureSubmissions(report);
        measureUiSessions(report);
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

    /** Opens many respondent sessions, each on the second step of the survey, and weighs them. */
    private void measureUiSessions(BenchmarkReport report) {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(UI_SESSIONS);
        try (BrowserlessApplicationContext app = SpringBrowserlessApplicationContext.create(spring, "org.candour")) {
            // Baseline: what the test harness and an idle session on the start page cost, per session.
            List<BrowserlessUserContext> idle = new ArrayList<>();
            long idleBefore = settledHeap();
            for (int i = 0; i < UI_SESSIONS; i++) {
                BrowserlessUserContext user = app.newUser();
                user.newWindow().navigate("", com.vaadin.flow.component.Component.class);
                idle.add(user);
            }
            long idleAfter = settledHeap();
            report.put("idle start-page session KB (harness baseline)",
                    Math.round((idleAfter - idleBefore) / 1024.0 / UI_SESSIONS));
            idle.forEach(BrowserlessUserContext::close);

            List<BrowserlessUserContext> users = new ArrayList<>();
            long before = settledHeap();
            for (String code : wave.codes()) {
                BrowserlessUserContext user = app.newUser();
                BrowserlessUIContext window = user.newWindow();
                window.navigate("", com.vaadin.flow.component.Component.class);
                window.test(window.find(TextField.class).id("access-code")).setValue(code);
                window.test(window.find(Button.class).id("start-survey")).click();
                @SuppressWarnings("unchecked")
                RadioButtonGroup<Object> first = window.find(RadioButtonGroup.class).first();
                window.test(first).selectItem("Agree");
                window.test(window.find(Button.class).id("survey-next")).click();
                users.add(user);
            }
            long after = settledHeap();
            report.put("respondent UI sessions", users.size())
                    .put("retained heap per UI session KB", Math.round((after - before) / 1024.0 / users.size()))
                    .put("target retained heap per UI session KB", "<= 250");
            users.forEach(BrowserlessUserContext::close);
        }
    }

    private static long settledHeap() {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
