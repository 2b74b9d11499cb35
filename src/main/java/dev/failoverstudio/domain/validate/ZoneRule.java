package dev.failoverstudio.domain.validate;

import java.util.List;

/** One family of rules that inspects a hosted zone and appends what it finds, in record order. */
interface ZoneRule {

    void check(ZoneView zone, List<Problem> out);
}
