package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Geolocation routing (R100–R105): the chain subdivision → country → continent → default of the record sets
 * that exist for the client's location; first healthy, else the smallest area (R103); an empty chain means
 * no answer (R26).
 */
final class GeolocationSelector extends OrderedSelector {

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        ClientLocation client = eval.client();
        RecordSet subdivision = null;
        RecordSet country = null;
        RecordSet continent = null;
        RecordSet fallback = null;
        String clientCountry = client.geoCountry();
        for (RecordSet rs : group) {
            if (!(rs.routing() instanceof GeolocationRouting g)) {
                continue;
            }
            GeoLocation loc = g.location();
            if (loc.isDefault()) {
                fallback = fallback == null ? rs : fallback;
            } else if (loc.isSubdivision()) {
                if (subdivision == null && "US".equals(clientCountry) && "US".equals(loc.countryCode())
                        && loc.subdivisionCode().equals(client.subdivision)) {
                    subdivision = rs;
                }
            } else if (loc.isCountry()) {
                if (country == null && loc.countryCode().equals(clientCountry)) {
                    country = rs;
                }
            } else if (loc.isContinent()) {
                if (continent == null && loc.continentCode().equals(client.continent)) {
                    continent = rs;
                }
            }
        }
        List<RecordSet> chain = new ArrayList<>(4);
        for (RecordSet rs : new RecordSet[] {subdivision, country, continent, fallback}) {
            if (rs != null) {
                chain.add(rs);
            }
        }
        if (eval.trace().on()) {
            StringBuilder sb = new StringBuilder("location chain for " + client.describeGeo() + ": ");
            if (chain.isEmpty()) {
                sb.append("empty (no matching location and no default)");
            }
            for (int i = 0; i < chain.size(); i++) {
                sb.append(i == 0 ? "" : " → ").append(((GeolocationRouting) chain.get(i).routing()).location().describe());
            }
            String rule = client.privateZone ? "R107" : client.unmapped() ? "R104" : "R102";
            eval.trace().add(depth, "rank", null, sb.toString(), rule);
        }
        return chain;
    }

    @Override
    String lastResortRule() {
        return "R103";
    }

    @Override
    String rankingRule() {
        return "R103";
    }
}
