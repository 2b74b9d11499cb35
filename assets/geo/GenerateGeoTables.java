import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regenerates aws-regions.csv, countries.csv and us-states.csv from the reference tables M1, M2 and M5
 * of the project's Route 53 semantics document. Country names come from the JDK's English locale data.
 *
 * <pre>java assets/geo/GenerateGeoTables.java ../shared/route53-semantics.md assets/geo</pre>
 */
public class GenerateGeoTables {

    private static final Pattern CONTINENT_ROW = Pattern.compile("^\\| (AF|AN|AS|EU|NA|OC|SA) [A-Za-z ]+ \\| ([A-Z ]+) \\|$");
    private static final Pattern REGION_ROW = Pattern.compile(
            "^\\| ([a-z]+(?:-[a-z]+)+-\\d) \\| ([^|]+) \\| (-?\\d+(?:\\.\\d+)?) \\| (-?\\d+(?:\\.\\d+)?) \\|$");
    private static final Set<String> UNSUPPORTED = Set.of("BV", "CX", "EH", "HM");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GenerateGeoTables.java <route53-semantics.md> <output dir>");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path out = Path.of(args[1]);

        Map<String, String> continentOf = new TreeMap<>();
        List<String> regions = new ArrayList<>();
        List<String> states = new ArrayList<>();
        boolean inM5 = false;
        StringBuilder m5 = new StringBuilder();
        for (String line : lines) {
            Matcher c = CONTINENT_ROW.matcher(line.strip());
            if (c.matches()) {
                for (String code : c.group(2).strip().split(" +")) {
                    continentOf.put(code, c.group(1));
                }
            }
            Matcher r = REGION_ROW.matcher(line.strip());
            if (r.matches()) {
                regions.add(String.join(",", r.group(1), csv(r.group(2).strip()), r.group(3), r.group(4), "Y"));
            }
            if (line.startsWith("**M5")) {
                inM5 = true;
            } else if (inM5 && line.isBlank()) {
                inM5 = false;
            }
            if (inM5) {
                m5.append(line).append(' ');
            }
        }
        Matcher stateList = Pattern.compile("USPS code: ((?:[A-Z]{2} )+[A-Z]{2});").matcher(m5.toString().replaceAll("\\s+", " "));
        if (!stateList.find()) {
            throw new IllegalStateException("M5 state list not found");
        }
        Set<String> stateCodes = new TreeSet<>(List.of(stateList.group(1).split(" ")));
        stateCodes.add("DC");
        for (String code : stateCodes) {
            states.add(code + "," + csv(STATE_NAMES.get(code)));
        }

        Set<String> countryCodes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        countryCodes.addAll(continentOf.keySet());
        List<String> countries = new ArrayList<>();
        for (String code : countryCodes) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            countries.add(String.join(",", code, csv(name), continentOf.getOrDefault(code, ""),
                    UNSUPPORTED.contains(code) ? "N" : "Y"));
        }

        write(out.resolve("aws-regions.csv"), "code,place,latitude,longitude,latency_records", regions);
        write(out.resolve("countries.csv"), "code,name,continent,supported", countries);
        write(out.resolve("us-states.csv"), "code,name", states);
        System.out.printf("%d regions, %d countries (%d with a continent), %d US subdivisions%n",
                regions.size(), countries.size(), continentOf.size(), states.size());
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        Files.write(file, all, StandardCharsets.UTF_8);
    }

    private static final Map<String, String> STATE_NAMES = Map.ofEntries(
            Map.entry("AK", "Alaska"), Map.entry("AL", "Alabama"), Map.entry("AR", "Arkansas"),
            Map.entry("AZ", "Arizona"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
            Map.entry("CT", "Connecticut"), Map.entry("DC", "District of Columbia"), Map.entry("DE", "Delaware"),
            Map.entry("FL", "Florida"), Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"),
            Map.entry("IA", "Iowa"), Map.entry("ID", "Idaho"), Map.entry("IL", "Illinois"),
            Map.entry("IN", "Indiana"), Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"),
            Map.entry("LA", "Louisiana"), Map.entry("MA", "Massachusetts"), Map.entry("MD", "Maryland"),
            Map.entry("ME", "Maine"), Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"),
            Map.entry("MO", "Missouri"), Map.entry("MS", "Mississippi"), Map.entry("MT", "Montana"),
            Map.entry("NC", "North Carolina"), Map.entry("ND", "North Dakota"), Map.entry("NE", "Nebraska"),
            Map.entry("NH", "New Hampshire"), Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"),
            Map.entry("NV", "Nevada"), Map.entry("NY", "New York"), Map.entry("OH", "Ohio"),
            Map.entry("OK", "Oklahoma"), Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"),
            Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"),
            Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"), Map.entry("UT", "Utah"),
            Map.entry("VA", "Virginia"), Map.entry("VT", "Vermont"), Map.entry("WA", "Washington"),
            Map.entry("WI", "Wisconsin"), Map.entry("WV", "West Virginia"), Map.entry("WY", "Wyoming"));
}
