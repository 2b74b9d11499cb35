package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.domain.edit.DesignDocument;

import java.util.Objects;

/**
 * A design read by {@link ProjectFiles#open} and what kind of file it came from. Only a
 * {@link Kind#PROJECT} file should be saved back in place; an imported file is saved with Save As, so a
 * scenario or an AWS CLI listing is never overwritten by a project file.
 */
public record OpenedDesign(DesignDocument document, Kind kind) {

    /** The kinds of file Open reads. */
    public enum Kind {
        /** A project file (formatVersion). */
        PROJECT,
        /** A scenario file (scenario-format.md); its queries are not part of the design. */
        SCENARIO,
        /** Raw {@code aws route53 list-resource-record-sets} output. */
        RECORD_SET_LIST
    }

    public OpenedDesign {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when the file was imported rather than opened as a project. */
    public boolean imported() {
        return kind != Kind.PROJECT;
    }
}
