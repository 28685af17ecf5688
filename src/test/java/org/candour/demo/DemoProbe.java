package org.candour.demo;

import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** Lets tests outside this package wait for the background demo and read what it created (counts only). */
@Component
public class DemoProbe {

    public record Run(boolean created, int ballots, long millis) {
    }

    private final DemoRunner runner;

    DemoProbe(DemoRunner runner) {
        this.runner = runner;
    }

    public Run awaitFinished() throws Exception {
        boolean created = runner.finished().get(5, TimeUnit.MINUTES) == DemoRunner.Result.CREATED;
        return runner.outcome().map(outcome -> new Run(created, outcome.ballots(), outcome.millis()))
                .orElse(new Run(created, 0, 0));
    }
}
