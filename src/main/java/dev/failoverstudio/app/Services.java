package dev.failoverstudio.app;

import dev.failoverstudio.dns.DnsServer;
import dev.failoverstudio.dns.DnsServerConfig;
import dev.failoverstudio.dns.ServedDesign;
import dev.failoverstudio.domain.drill.DrillSimulator;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.domain.validate.DesignValidator;
import dev.failoverstudio.io.JsonFormats;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.io.assets.GeoTablesLoader;

/**
 * The composition root: every long-lived service of the application, built once by constructor and handed
 * to the command line and the desktop window. No service is a singleton.
 */
public record Services(GeoTables geo, ResolutionEngine engine, HealthEvaluator healthEvaluator,
                       DesignValidator validator, JsonFormats formats,
                       ExchangeFormats exchange) {

    public static Services create() {
        GeoTables geo = GeoTablesLoader.loadBundled();
        return new Services(geo, new ResolutionEngine(geo), new HealthEvaluator(), new DesignValidator(geo),
                JsonFormats.create(() -> WorldPopulation.of(geo)), ExchangeFormats.create(geo));
    }

    /** The snapshot a DNS server answers from: the compiled design and its simulated health. */
    public ServedDesign servedDesign(Design design) {
        return ServedDesign.of(engine, healthEvaluator, design);
    }

    /** A DNS server for {@code design} on {@code config}'s address, not yet started. */
    public DnsServer dnsServer(DnsServerConfig config, Design design) {
        return new DnsServer(config, servedDesign(design));
    }

    /** The what-if drill simulator over this engine and evaluator (stateless; each run owns its state). */
    public DrillSimulator drillSimulator() {
        return new DrillSimulator(engine, healthEvaluator, geo);
    }
}
