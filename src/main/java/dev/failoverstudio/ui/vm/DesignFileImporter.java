package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.ImportException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * File > Import: reads any file the {@code import} command reads (zone file, CloudFormation template, Traffic Flow
 * policy document, change batch, Route 53 list output, scenario or project file), detecting its format, as a new
 * laid-out design. Two steps, both off the UI thread, so a name the format needs can be asked in between.
 * Implemented in the composition root, which holds the readers.
 */
public interface DesignFileImporter {

    /** Reads {@code file} and detects its format; nothing is imported yet. */
    Pending read(Path file) throws IOException, ImportException;

    /** A read file waiting to be imported. */
    interface Pending {

        /** The detected format in words ("zone file"). */
        String formatTitle();

        /**
         * The name this format needs and does not carry (a Traffic Flow policy's record name), with a suggestion
         * taken from the open design; empty when none is needed.
         */
        Optional<NameRequest> nameRequest(Design open);

        /**
         * The imported design, laid out.
         *
         * @param open the design open now: a change batch may refer to its health checks, which Route 53 keeps
         *             apart from the zone (V50), and they come along into the imported design
         * @param name the answer to {@link #nameRequest}, or null when none was needed
         * @throws ImportException with every problem located (file, line or JSON path, rule); nothing is imported
         */
        ImportedDesign finish(Design open, String name) throws ImportException;
    }

    /** A name to ask for: what it is, and a suggestion (null when there is none). */
    record NameRequest(String prompt, String suggestion) {
    }

    /** An imported design and the notes on what its format could not carry or what was assumed. */
    record ImportedDesign(DesignDocument document, List<String> notes) {
        public ImportedDesign {
            notes = List.copyOf(notes);
        }
    }
}
