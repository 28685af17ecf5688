package org.candour.fieldwork;

import org.candour.SignedIn;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.candour.sealing.BallotSealer;
import org.candour.sealing.KeyShares;
import org.candour.sealing.SealedBallot;
import org.candour.wave.FieldworkWave;
import org.candour.wave.WaveService;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Sets up an open wave through the real services, as real staff would: an administrator creates it,
 * names the two demo custodians, opens it; each custodian collects their share; the administrator
 * issues and exports a batch of codes for one unit.
 */
@Component
public class OpenWaveFixture {

    public record OpenWave(UUID waveId, UUID unitId, List<String> codes, List<String> shares, byte[] publicKey) {

        /** Rebuilds the private key from the custodians' shares and opens one ballot (test-only). */
        public BallotContent open(SealedBallot sealed) throws Exception {
            List<org.candour.sealing.ParsedShare> parsed = new ArrayList<>();
            for (String share : shares) {
                parsed.add(KeyShares.parse(share));
            }
            byte[] privateKey = KeyShares.combine(waveId.toString(), publicKey, parsed);
            return BallotContent.fromJson(BallotSealer.open(privateKey, sealed, FieldworkService.associatedData(waveId)));
        }
    }

    private final WaveService waves;
    private final CodeBatchService batches;
    private final OrgService org;

    OpenWaveFixture(WaveService waves, CodeBatchService batches, OrgService org) {
        this.waves = waves;
        this.batches = batches;
        this.org = org;
    }

    public OpenWave openWaveWithCodes(int codeCount) {
        return openWave(codeCount, true);
    }

    public OpenWave openWave(int codeCount, boolean collectShares) {
        UUID waveId = SignedIn.as("admin", "ADMIN", () -> {
            UUID id = waves.createWave("Test wave " + UUID.randomUUID(), 10, null);
            waves.setCustodians(id, List.of("custodian.force", "custodian.association"), 2);
            return id;
        });
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(waveId));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(waveId));
        List<String> shares = new ArrayList<>();
        if (collectShares) {
            shares.add(SignedIn.as("custodian.force", "CUSTODIAN", () -> waves.collectMyShare(waveId).orElseThrow()));
            shares.add(SignedIn.as("custodian.association", "CUSTODIAN",
                    () -> waves.collectMyShare(waveId).orElseThrow()));
        }
        OrgUnit unit = SignedIn.as("admin", "ADMIN", () -> org.listUnits().stream()
                .filter(u -> u.headcount() != null && u.parentId() != null).findFirst().orElseThrow());
        List<String> codes = SignedIn.as("admin", "ADMIN", () -> {
            UUID batch = batches.createBatch(waveId, unit.id(), codeCount);
            byte[] zip = batches.exportOnce(batch, unit.name(), new CodeLetterText("t", "i", "c", "a", List.of("p")))
                    .orElseThrow();
            return codesFromZip(zip);
        });
        byte[] publicKey = waves.fieldworkWave(waveId).map(FieldworkWave::publicKey).orElseThrow();
        return new OpenWave(waveId, unit.id(), codes, shares, publicKey);
    }

    static List<String> codesFromZip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("codes.csv")) {
                    String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no codes.csv in the export");
    }
}
