package dev.failoverstudio.domain.model;

import java.util.Locale;
import java.util.Optional;

/** Kinds of AWS resources an alias record can target (glossary, R42, R145). */
public enum AwsResourceKind {
    CLASSIC_LOAD_BALANCER("elb"),
    APPLICATION_LOAD_BALANCER("alb"),
    NETWORK_LOAD_BALANCER("nlb"),
    CLOUDFRONT("cloudfront"),
    S3_WEBSITE("s3-website"),
    API_GATEWAY("api-gateway"),
    VPC_INTERFACE_ENDPOINT("vpc-endpoint"),
    ELASTIC_BEANSTALK("elastic-beanstalk"),
    GLOBAL_ACCELERATOR("global-accelerator"),
    APPSYNC("appsync");

    private final String code;

    AwsResourceKind(String code) {
        this.code = code;
    }

    /** The short code used in scenario files' {@code resourceCatalog.kind}. */
    public String code() {
        return code;
    }

    /** Accepts the code, the enum name, and a few common spellings ("classic-elb", "cloudfront-distribution"). */
    public static Optional<AwsResourceKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (AwsResourceKind kind : values()) {
            if (kind.code.equals(t) || kind.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t)) {
                return Optional.of(kind);
            }
        }
        return switch (t) {
            case "classic-elb", "clb", "classic-load-balancer" -> Optional.of(CLASSIC_LOAD_BALANCER);
            case "application-load-balancer" -> Optional.of(APPLICATION_LOAD_BALANCER);
            case "network-load-balancer" -> Optional.of(NETWORK_LOAD_BALANCER);
            case "cloudfront-distribution" -> Optional.of(CLOUDFRONT);
            case "s3", "s3-website-endpoint" -> Optional.of(S3_WEBSITE);
            case "apigateway" -> Optional.of(API_GATEWAY);
            case "vpc-interface-endpoint", "vpce" -> Optional.of(VPC_INTERFACE_ENDPOINT);
            case "beanstalk" -> Optional.of(ELASTIC_BEANSTALK);
            case "globalaccelerator" -> Optional.of(GLOBAL_ACCELERATOR);
            default -> Optional.empty();
        };
    }

    public boolean isLoadBalancer() {
        return this == CLASSIC_LOAD_BALANCER || this == APPLICATION_LOAD_BALANCER || this == NETWORK_LOAD_BALANCER;
    }
}
