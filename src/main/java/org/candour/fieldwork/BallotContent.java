package org.candour.fieldwork;

import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plaintext of a ballot, before sealing: format version, wave, unit (from the code batch) and the
 * answers by stable codes. No time, no code, no identifier of the respondent or the request.
 */
public record BallotContent(int version, String wave, String unit, Map<String, String> profile,
                            Map<String, String> answers, Map<String, String> comments) {

    public static final int CURRENT_VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public BallotContent {
        profile = new TreeMap<>(profile);
        answers = new TreeMap<>(answers);
        comments = new TreeMap<>(comments);
    }

    public byte[] toJson() {
        return JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    }

    public static BallotContent fromJson(byte[] json) {
        return JSON.readValue(json, BallotContent.class);
    }

    @Override
    public String toString() {
        return "BallotContent[v" + version + "]";
    }
}
