package org.candour.wave;

/** DRAFT (settings editable) → OPEN (fieldwork) → CLOSED (no more answers) → RELEASED (results published). */
public enum WaveStatus {
    DRAFT,
    OPEN,
    CLOSED,
    RELEASED
}
