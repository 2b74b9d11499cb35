package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;

/** One routing policy's choice among the record sets of a group (§7). */
interface PolicySelector {

    /**
     * The record sets the policy may ever return to this client (glossary "applicable"), most preferred first
     * where the policy orders them. A group is healthy as an alias target when one of these is (R41).
     */
    List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth);

    /**
     * The record sets to answer with, applying health (R42a) and this group's own last resort (R43). Empty
     * when no record set applies to the client (R26).
     */
    List<RecordSet> select(List<RecordSet> group, Evaluation eval, int depth);
}
