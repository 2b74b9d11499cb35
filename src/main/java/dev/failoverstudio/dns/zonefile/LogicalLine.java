package dev.failoverstudio.dns.zonefile;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a zone file: physical lines joined while parentheses are open (RFC 1035 §5.1), with the
 * comments taken out. {@code number} is the first physical line (from 1); {@code comment} is the text after the
 * first {@code ;} that starts an AWS comment, else after the first {@code ;}, or null.
 */
record LogicalLine(int number, String content, String comment) {

    static List<LogicalLine> split(String text) {
        List<LogicalLine> lines = new ArrayList<>();
        String[] physical = text.split("\r?\n", -1);
        StringBuilder content = new StringBuilder();
        String comment = null;
        int depth = 0;
        int start = 1;
        for (int n = 0; n < physical.length; n++) {
            String line = physical[n];
            if (depth == 0) {
                start = n + 1;
                content.setLength(0);
                comment = null;
            }
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    content.append(c).append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = !quoted;
                    content.append(c);
                } else if (!quoted && c == ';') {
                    String text2 = line.substring(i + 1);
                    if (comment == null || (AwsComment.isAws(text2) && !AwsComment.isAws(comment))) {
                        comment = text2;
                    }
                    break;
                } else if (!quoted && (c == '(' || c == ')')) {
                    depth += c == '(' ? 1 : -1;
                    content.append(' ');
                } else {
                    content.append(c);
                }
            }
            if (depth <= 0) {
                depth = 0;
                lines.add(new LogicalLine(start, content.toString(), comment));
            } else {
                content.append(' ');
            }
        }
        return lines;
    }
}
