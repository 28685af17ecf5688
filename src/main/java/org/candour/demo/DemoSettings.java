package org.candour.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much demo data to create when demo data is on (see {@code CandourProperties.demoEnabled()}).
 *
 * @param waves       whether to create the demo waves at all (tests switch this off; default true)
 * @param scale       fraction of the realistic number of respondents to submit (1.0 = about 2,700 a wave)
 * @param submitters  worker threads submitting ballots through the respondent path
 * @param openCodes   how many codes of the open wave are listed for a newcomer
 */
@ConfigurationProperties("candour.demo-data")
public record DemoSettings(Boolean waves, Double scale, Integer submitters, Integer openCodes) {

    public DemoSettings {
        waves = waves == null || waves;
        scale = scale == null ? 1.0 : Math.clamp(scale, 0.01, 1.0);
        submitters = submitters == null ? 4 : Math.clamp(submitters, 1, 16);
        openCodes = openCodes == null ? 5 : Math.clamp(openCodes, 1, 50);
    }
}
