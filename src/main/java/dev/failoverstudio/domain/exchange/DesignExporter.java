package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.Design;

/**
 * One export format: a pure function from a design to the files that deploy it elsewhere. Implementations are
 * stateless and thread-safe, so a dialog can call {@link #export} for a live preview.
 */
public interface DesignExporter {

    /** The name used on the command line ({@code export --format <id>}), e.g. {@code change-batch}. */
    String id();

    /** A short human title, e.g. "Route 53 change batch (JSON)". */
    String title();

    /**
     * The files for {@code design}. Never drops anything silently: whatever the format cannot express is listed
     * in {@link ExportResult#notes()}.
     *
     * @throws IllegalArgumentException when the options do not fit the design (unknown zone ID, no record set
     *                                  at the chosen name…); the message says why
     */
    ExportResult export(Design design, ExportOptions options);
}
