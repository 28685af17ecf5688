package org.candour.anonymity;

import org.jooq.DSLContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * The usual open-source design, deliberately: "no link column", plaintext answers, code spent in the same
 * transaction. Test-only, to prove the relinking study can fail.
 */
final class NaiveBallotBox {

    private final DSLContext dsl;
    private final TransactionTemplate transaction;

    NaiveBallotBox(DSLContext dsl, TransactionTemplate transaction) {
        this.dsl = dsl;
        this.transaction = transaction;
        dsl.execute("create table if not exists naive_ballot (id uuid primary key default gen_random_uuid(),"
                + " wave_id uuid not null, plaintext text not null)");
    }

    void submit(UUID waveId, byte[] codeHash, String plaintextAnswers) {
        transaction.executeWithoutResult(status -> {
            int spent = dsl.execute("update access_code set spent_token = ? where code_hash = ? and spent_token is null",
                    new byte[32], codeHash);
            if (spent != 1) {
                throw new IllegalStateException("code not spendable");
            }
            dsl.execute("insert into naive_ballot (wave_id, plaintext) values (?, ?)", waveId, plaintextAnswers);
        });
    }
}
