package dev.failoverstudio.ui;

/**
 * Help > How Route 53 Picks an Answer: the rules the resolver pane's trace refers to, in a page a user reads in
 * two minutes. Rule IDs are those the trace shows.
 */
final class HowRoute53Answers {

    static final String TEXT = """
            1. The name. The query name is looked up in the hosted zone (R20). A name that exists with other \
            types only gets NOERROR with no answer (NODATA); a name that does not exist gets NXDOMAIN, unless \
            a wildcard (*.parent) stands for it (R22-R24). A CNAME at the name answers every other type (R23).

            2. The group. All record sets with that name and type form a group with one routing policy, and \
            the policy picks among the healthy ones:
            • Simple: the record set, all values in random order.
            • Weighted: at random in proportion to the weights; weight-0 record sets only when every \
            weighted one above 0 is unhealthy (R70-R72).
            • Failover: PRIMARY while it is healthy, else SECONDARY (R81).
            • Latency: the Region with the lowest latency for the client, the next best when it is \
            unhealthy (R91, R93).
            • Geolocation: the most specific match, US state, then country, then continent, then the \
            default (*); an unhealthy match falls back along that chain (R102, R103).
            • Geoproximity: the smallest distance after bias; +50 halves a resource's distance (R111).
            • Multivalue: up to eight healthy record sets at random (R121).
            • IP-based: the location whose CIDR block matches the client subnet most specifically, else \
            the default (R133-R135).

            3. Health. A record set without a health check is healthy. With one, it is healthy when its check \
            is: more than 18 % of the checker Regions see the endpoint pass (HC9), then Disabled, Inverted, \
            calculated and CloudWatch checks apply as Route 53 defines them. An alias with Evaluate Target \
            Health is healthy only while its target group has a healthy record set for the client (R40, R41, \
            R45).

            4. Last resort. When no applicable record set of a group is healthy, Route 53 still answers: it \
            treats them all as healthy and picks by the policy alone (R43). Each level of a tree decides on \
            its own (R44).

            5. Aliases. An alias record set answers with whatever its target group answers, by the same rules, \
            at any depth; with Evaluate Target Health on, a parent backs out of a branch with nothing healthy \
            in it (R45).

            The resolver pane's trace lists these steps for one query, and the canvas lights the path.""";

    private HowRoute53Answers() {
    }
}
