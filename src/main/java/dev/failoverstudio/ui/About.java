package dev.failoverstudio.ui;

/** Help > About: the version and the credits the bundled data's licences require. */
final class About {

    static final String TEXT = """
            Failover Studio 0.1.0 — design and rehearse Amazon Route 53 routing.

            Bundled data:
            • IP Geolocation by DB-IP (https://db-ip.com), "IP to Country Lite", licensed under \
            Creative Commons Attribution 4.0 International.
            • Country outlines: Made with Natural Earth (public domain), via world-atlas (ISC).
            • US state outlines: US Census Bureau (public domain), via us-atlas (ISC).
            • AWS Region coordinates and the Route 53 country and continent table: compiled for this \
            project; see assets/geo.""";

    private About() {
    }
}
