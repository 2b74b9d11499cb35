package dev.failoverstudio.domain.edit;

import java.util.Optional;

/**
 * An edit was refused and the document is unchanged. The message is written for users; {@link #ruleId()}
 * names the Route 53 rule (route53-semantics.md, e.g. {@code V35}) when one is the reason.
 */
public final class EditRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    /** @param ruleId the rule that refuses the edit, or null when the reason is not a Route 53 rule */
    public EditRejectedException(String ruleId, String message) {
        super(message);
        this.ruleId = ruleId;
    }

    public Optional<String> ruleId() {
        return Optional.ofNullable(ruleId);
    }

    /** The message with the rule, e.g. {@code "… would close an alias loop (V35)"}. */
    public String describe() {
        return getMessage() + (ruleId == null ? "" : " (" + ruleId + ")");
    }
}
