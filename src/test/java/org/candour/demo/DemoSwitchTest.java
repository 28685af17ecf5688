package org.candour.demo;

import org.candour.base.CandourProperties;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data by default only on the embedded database; CANDOUR_DEMO=true or false overrides. */
class DemoSwitchTest {

    private static final DemoSettings DEFAULTS = new DemoSettings(null, null, null, null);

    private static CandourProperties properties(String dbUrl, CandourProperties.Demo demo) {
        return new CandourProperties(Path.of("data"), new CandourProperties.Db(dbUrl, "candour", "secret"), demo,
                null, null);
    }

    @Test
    void aConfiguredDatabaseGetsNoDemoUnlessAskedFor() {
        assertThat(DemoRunner.wanted(properties("jdbc:postgresql://db/candour", null), DEFAULTS)).isFalse();
        assertThat(DemoRunner.wanted(properties("jdbc:postgresql://db/candour", CandourProperties.Demo.TRUE), DEFAULTS))
                .isTrue();
    }

    @Test
    void theEmbeddedDatabaseGetsTheDemoUnlessTurnedOff() {
        assertThat(DemoRunner.wanted(properties(null, null), DEFAULTS)).isTrue();
        assertThat(DemoRunner.wanted(properties("", CandourProperties.Demo.FALSE), DEFAULTS)).isFalse();
        assertThat(DemoRunner.wanted(properties(null, null), new DemoSettings(false, null, null, null))).isFalse();
    }
}
