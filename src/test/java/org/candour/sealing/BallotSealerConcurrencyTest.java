package org.candour.sealing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many respondents submit at once: sealing and opening on one wave key from several threads. */
class BallotSealerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int SEALS_PER_THREAD = 500;

    @Test
    void eightThreadsSealingFiveHundredBallotsEachAllOpenCorrectly() throws Exception {
        WaveKeyPair wave = WaveKeyPair.generate();
        byte[] publicKey = wave.publicKey();
        byte[] privateKey = wave.privateKey();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int threadNumber = thread;
                results.add(pool.submit(() -> {
                    start.await();
                    int opened = 0;
                    for (int i = 0; i < SEALS_PER_THREAD; i++) {
                        byte[] plaintext = ("thread " + threadNumber + " ballot " + i).getBytes(UTF_8);
                        byte[] aad = ("aad " + threadNumber + "/" + i).getBytes(UTF_8);
                        SealedBallot sealed = BallotSealer.seal(publicKey, plaintext, aad);
                        // Opening while other threads seal exercises both paths concurrently.
                        assertThat(BallotSealer.open(privateKey, sealed, aad)).isEqualTo(plaintext);
                        opened++;
                    }
                    return opened;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(2, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(THREADS * SEALS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }
}
