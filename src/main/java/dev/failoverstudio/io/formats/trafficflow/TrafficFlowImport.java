package dev.failoverstudio.io.formats.trafficflow;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.io.ImportProblem;

import java.util.List;

/**
 * A traffic policy compiled into plain record sets (TF20): the root group at the policy record's name, one group
 * per other rule at a generated name, and notes (unreferenced rules and endpoints, defaults applied).
 */
public record TrafficFlowImport(List<RecordSet> recordSets, List<ImportProblem> notes) {
    public TrafficFlowImport {
        recordSets = List.copyOf(recordSets);
        notes = List.copyOf(notes);
    }
}
