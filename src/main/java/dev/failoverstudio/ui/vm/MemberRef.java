package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.RecordSetKey;

/** A member record set as the canvas knows it: its zone, its key and the card it is drawn on. */
public record MemberRef(String zoneId, RecordSetKey key, NodeKey card) {
}
