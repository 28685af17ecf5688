package org.candour.anonymity;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * What a database reader (a DBA, someone with a backup) can do with full SQL access: rows written in one
 * transaction share xmin, so a spent code and the ballot stored with it can be paired. The attacker then
 * reads whatever the ballot row holds and looks for the answers in it.
 */
final class RelinkingAttacker {

    private RelinkingAttacker() {
    }

    /**
     * Pairs every ballot row with the code spent in the same transaction and returns, per code hash (hex),
     * the ballot row's content as readable text (bytea columns decoded as UTF-8, so plaintext shows).
     */
    static Map<String, String> relinkByTransaction(DSLContext dsl, String ballotTable, String waveId) {
        Map<String, String> spentByXmin = new HashMap<>();
        for (Record row : dsl.fetch("select xmin::text as tx, encode(code_hash, 'hex') as code from access_code"
                + " where spent_token is not null")) {
            spentByXmin.put(row.get("tx", String.class), row.get("code", String.class));
        }
        Map<String, String> contentByCode = new HashMap<>();
        for (Record row : dsl.fetch("select xmin::text as tx, ctid::text as position, b::text as content from "
                + ballotTable + " b where wave_id = ?::uuid", waveId)) {
            String code = spentByXmin.get(row.get("tx", String.class));
            if (code != null) {
                contentByCode.put(code, decodeByteaHex(row.get("content", String.class)));
            }
        }
        return contentByCode;
    }

    /** Turns every \x... hex run of a row's text form back into bytes and reads them as UTF-8. */
    static String decodeByteaHex(String rowText) {
        StringBuilder readable = new StringBuilder(rowText);
        java.util.regex.Matcher hex = java.util.regex.Pattern.compile("\\\\\\\\x([0-9a-f]+)").matcher(rowText);
        while (hex.find()) {
            byte[] bytes = HexFormat.of().parseHex(hex.group(1));
            readable.append(' ').append(new String(bytes, StandardCharsets.UTF_8));
        }
        return readable.toString();
    }
}
