package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.resolve.ClientContext;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;
import java.util.Set;

/**
 * The form for one location of a drill's client population: a name, the group it is reported in, where Route 53
 * sees its clients (continent, country, subdivision, the AWS Region nearest to them; R173) and its share in
 * percent. {@link #toLocation} checks the fields and names the one that is wrong.
 */
public final class LocationDraft {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty continent = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty subdivision = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty sharePercent = new SimpleStringProperty("");

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty continentProperty() {
        return continent;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty subdivisionProperty() {
        return subdivision;
    }

    public StringProperty regionProperty() {
        return region;
    }

    /** The location's share of all queries, in percent. */
    public StringProperty sharePercentProperty() {
        return sharePercent;
    }

    /** Fills the form from a location whose share is in percent. */
    public void load(PopulationLocation location) {
        name.set(location.name());
        group.set(location.group());
        ClientContext c = location.client();
        continent.set(text(c.continent()));
        country.set(text(c.country()));
        subdivision.set(text(c.subdivision()));
        region.set(text(c.region()));
        sharePercent.set(Numbers.format(location.share()));
    }

    /**
     * The location the form describes, its share in percent.
     *
     * @param knownRegions the AWS Regions a client may be nearest to (table M2)
     * @throws IllegalArgumentException naming the wrong field
     */
    public PopulationLocation toLocation(Set<String> knownRegions) {
        String n = strip(name.get());
        if (n == null) {
            throw new IllegalArgumentException("location name is required");
        }
        double share = Numbers.parse("share", sharePercent.get());
        if (share < 0 || share > 100) {
            throw new IllegalArgumentException("share must be from 0 to 100 %, got " + Numbers.format(share));
        }
        String cont = upper(continent.get());
        if (cont != null && !cont.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("continent is a two-letter Route 53 code such as EU or NA, got '"
                    + cont + "'");
        }
        String ctry = upper(country.get());
        if (ctry != null && !ctry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country is a two-letter ISO 3166 code such as DE, got '" + ctry + "'");
        }
        String sub = upper(subdivision.get());
        if (sub != null && ctry == null) {
            throw new IllegalArgumentException("a subdivision needs its country");
        }
        String reg = strip(region.get());
        if (reg != null) {
            reg = reg.toLowerCase(Locale.ROOT);
            if (!knownRegions.contains(reg)) {
                throw new IllegalArgumentException("unknown AWS Region '" + reg + "'");
            }
        }
        if (cont == null && ctry == null && reg == null) {
            throw new IllegalArgumentException("give a continent, a country or a Region: where do these clients "
                    + "query from?");
        }
        String g = strip(group.get());
        ClientContext client = new ClientContext(cont, ctry, sub, reg, null, null, null, null);
        return new PopulationLocation(n, g == null ? (cont != null ? cont : n) : g, client, share);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String s = strip(value);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
