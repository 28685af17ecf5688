package org.candour.analytics.statistics;

import java.util.Objects;

/**
 * The band a homogeneous cell-item is published as instead of exact counts (disclosure.md rule 3), for example
 * "90% or more favourable". The disclosure engine decides the wording; analytics only carries and shows it.
 */
public record Band(String label) {

    public Band {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A band needs a label to show");
        }
    }
}
