package dev.failoverstudio.io.formats.cloudformation;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.ImportProblem;

import java.util.List;

/**
 * A design read from a CloudFormation template, and the notes about what the design does not hold (other
 * resource types, comments), each located by JSON path, so nothing is dropped silently.
 */
public record CloudFormationImport(Design design, List<ImportProblem> notes) {
    public CloudFormationImport {
        notes = List.copyOf(notes);
    }
}
