package org.candour.release;

import org.candour.fieldwork.BallotContent;

import java.util.UUID;

/** A ballot opened in memory during the release: its unit and its content. No id, no position. */
record OpenedBallot(UUID unit, BallotContent content) {
}
