package dev.failoverstudio.ui.serve.vm;

import dev.failoverstudio.dns.QueryEvent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of the query log, formatted once when it arrives so the table only shows strings.
 *
 * @param outcome {@code answer}, {@code nodata} (NOERROR without records), {@code nxdomain} or {@code error}
 *                (any other response code); the table styles rows by it
 */
public record QueryLogRow(String time, String client, String subnet, String question, String answer, String rcode,
                          String rule, String transport, String outcome) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    static QueryLogRow of(QueryEvent e, ZoneId zone) {
        String outcome;
        if (e.rcode().equals("NOERROR")) {
            outcome = e.answer().isEmpty() ? "nodata" : "answer";
        } else {
            outcome = e.rcode().equals("NXDOMAIN") ? "nxdomain" : "error";
        }
        return new QueryLogRow(TIME.format(e.time().atZone(zone)), e.client(), e.subnet() == null ? "" : e.subnet(),
                e.question(), e.answer().isEmpty() && outcome.equals("nodata") ? "(no records)" : e.answer(),
                e.rcode(), e.rule() == null ? "" : e.rule(), e.tcp() ? "TCP" : "UDP", outcome);
    }

    /** Whether any column contains {@code lowerCaseText} (already lower case), ignoring case. */
    public boolean matches(String lowerCaseText) {
        return lowerCaseText.isEmpty() || contains(client, lowerCaseText) || contains(subnet, lowerCaseText)
                || contains(question, lowerCaseText) || contains(answer, lowerCaseText)
                || contains(rcode, lowerCaseText) || contains(rule, lowerCaseText) || contains(time, lowerCaseText)
                || contains(transport, lowerCaseText);
    }

    private static boolean contains(String column, String lowerCaseText) {
        return column.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
