package dev.failoverstudio.domain.resolve;

/** DNS response codes the simulator produces (R20–R32, A25). */
public enum Rcode {
    NOERROR, NXDOMAIN, REFUSED, SERVFAIL, NOTIMP
}
