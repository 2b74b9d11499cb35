package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects, beside a recording {@link Trace}, the health verdicts the engine reaches while answering, keyed by what
 * they concern. The first verdict on a subject is kept: later ones in the same evaluation are the engine's memo of
 * the same answer (R150), or, inside an alias cycle, a verdict reached while the first was still being worked out.
 */
final class HealthFindings {

    final Map<RecordSetKey, HealthFinding> recordSets = new LinkedHashMap<>();
    final Map<GroupKey, HealthFinding> targetGroups = new LinkedHashMap<>();
    final Map<DomainName, HealthFinding> resources = new LinkedHashMap<>();
    /** Set when the queried group itself (depth 0) fell back to its last resort or had nothing to answer. */
    HealthFinding fallback;
}
