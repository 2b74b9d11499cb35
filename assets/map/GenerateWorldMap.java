import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the Natural Earth country outlines of world-atlas (countries-50m.json) and the US Census state
 * outlines of us-atlas (states-10m.json), both TopoJSON, into world-map.bin.gz: one place per Route 53
 * country code (assets/geo/countries.csv) and per US state (assets/geo/us-states.csv), each with its rings
 * in degrees and a representative point.
 *
 * <p>What the conversion does, so the application does not have to:
 * <ul>
 * <li>keys countries by ISO alpha-2 (world-atlas uses ISO numeric ids; alpha-2 from i18n-iso-countries
 * codes.json); features without an id are keyed by name (Kosovo XK, N. Cyprus CY, Somaliland SO,
 * Siachen Glacier IN, Indian Ocean Ter. CC);</li>
 * <li>splits off the polygons of codes Route 53 knows but the map draws inside another country (French
 * Guiana, Guadeloupe, Martinique, Réunion, Mayotte inside France; Svalbard inside Norway; Bonaire inside the
 * Netherlands; Christmas Island inside "Indian Ocean Ter."): a polygon goes to the nearest such code of its
 * sovereign whose main town lies within 500 km of the polygon's centroid;</li>
 * <li>codes left without any polygon (too small for the 50m map) become point places at their main town;</li>
 * <li>unwraps longitudes along each ring so no edge jumps across the antimeridian (rings may then reach
 * past ±180°; each is shifted so its westernmost point lies in [-180, 180)), and closes rings that wind
 * around a pole (Antarctica) through the pole;</li>
 * <li>chooses a representative point: the area centroid of the largest polygon, moved to the middle of the
 * widest inside span at that latitude when the centroid falls outside; Indonesia and New Zealand use their
 * capitals (the centroid lands in Borneo and on the South Island).</li>
 * </ul>
 *
 * <pre>
 * "WMAP" | u8 version=1 | u16 nplaces
 * per place: u8 kind (0 country, 1 US state) | 2 ASCII code | i32 latitude, i32 longitude (representative
 *   point, 1e-4 degrees) | u16 nrings | per ring: u32 npoints | npoints x (zigzag varint dlon, zigzag varint
 *   dlat), 1e-4 degrees, each point relative to the previous one (the first to 0,0)
 * </pre>
 *
 * <pre>java assets/map/GenerateWorldMap.java countries-50m.json states-10m.json codes.json assets/geo assets/map</pre>
 */
public class GenerateWorldMap {

    private static final double UNITS = 1e4;

    /** Route 53 codes the 50m map draws inside another feature, or not at all: main town and sovereign. */
    private static final String[][] TOWNS = {
        {"GF", "FR", "4.94", "-52.33"}, {"GP", "FR", "16.00", "-61.73"}, {"MQ", "FR", "14.60", "-61.07"},
        {"RE", "FR", "-20.88", "55.45"}, {"YT", "FR", "-12.78", "45.23"}, {"SJ", "NO", "78.22", "15.65"},
        {"BQ", "NL", "12.15", "-68.27"}, {"BQ", "NL", "17.48", "-62.98"}, {"CX", "CC", "-10.42", "105.68"},
        {"CC", "CC", "-12.19", "96.83"}, {"GI", "GB", "36.14", "-5.35"}, {"TK", "NZ", "-9.20", "-171.85"},
        {"TV", "", "-8.52", "179.20"}, {"UM", "US", "19.28", "166.65"}, {"BV", "", "-54.42", "3.36"},
    };
    private static final Map<String, String> BY_NAME = Map.of("Kosovo", "XK", "N. Cyprus", "CY", "Somaliland", "SO",
            "Siachen Glacier", "IN", "Indian Ocean Ter.", "CC");
    private static final Map<String, double[]> CAPITALS = Map.of("ID", new double[] {-6.21, 106.85},
            "NZ", new double[] {-41.29, 174.78});
    private static final double SPLIT_RADIUS_KM = 500;

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: java GenerateWorldMap.java <countries-50m.json> <states-10m.json> <codes.json>"
                    + " <geo table dir> <output dir>");
            System.exit(2);
        }
        Map<String, Object> world = obj(parse(args[0]));
        Map<String, Object> states = obj(parse(args[1]));
        Map<String, String> alpha2ByNumeric = new TreeMap<>();
        for (Object row : list(new Json(Files.readString(Path.of(args[2]))).value())) {
            List<Object> r = list(row);
            alpha2ByNumeric.put((String) r.get(2), (String) r.get(0));
        }
        Map<String, String> routeCountries = csvColumn(Path.of(args[3], "countries.csv"), 0, 1);
        Map<String, String> stateCodeByName = new TreeMap<>();
        csvColumn(Path.of(args[3], "us-states.csv"), 0, 1).forEach((code, name) -> stateCodeByName.put(name, code));

        List<double[][]> worldArcs = arcs(world);
        List<double[][]> stateArcs = arcs(states);
        Map<String, List<Polygon>> countries = new TreeMap<>();
        for (Object g : list(obj(obj(world.get("objects")).get("countries")).get("geometries"))) {
            Map<String, Object> geometry = obj(g);
            String name = (String) obj(geometry.get("properties")).get("name");
            Object id = geometry.get("id");
            String code = id == null ? BY_NAME.get(name) : alpha2ByNumeric.get(id);
            if (code == null || !routeCountries.containsKey(code)) {
                System.err.println("skipped country feature " + id + " " + name);
                continue;
            }
            countries.computeIfAbsent(code, k -> new ArrayList<>()).addAll(polygons(worldArcs, geometry));
        }
        splitOverseas(countries);

        Map<String, List<Polygon>> usStates = new TreeMap<>();
        for (Object g : list(obj(obj(states.get("objects")).get("states")).get("geometries"))) {
            Map<String, Object> geometry = obj(g);
            String name = (String) obj(geometry.get("properties")).get("name");
            String code = stateCodeByName.get(name);
            if (code == null) {
                System.err.println("skipped state feature " + geometry.get("id") + " " + name + " (a country in Route 53)");
                continue;
            }
            usStates.computeIfAbsent(code, k -> new ArrayList<>()).addAll(polygons(stateArcs, geometry));
        }
        if (usStates.size() != stateCodeByName.size()) {
            throw new IllegalStateException("states without outline: " + usStates.keySet() + " vs " + stateCodeByName.values());
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("WMAP");
        out.writeByte(1);
        Map<String, double[]> points = pointPlaces(countries);
        out.writeShort(countries.size() + points.size() + usStates.size());
        int totalPoints = 0;
        for (String code : new java.util.TreeSet<>(union(countries.keySet(), points.keySet()))) {
            totalPoints += countries.containsKey(code)
                    ? writePlace(out, 0, code, countries.get(code), CAPITALS.get(code))
                    : writePlace(out, 0, code, List.of(), points.get(code));
        }
        for (Map.Entry<String, List<Polygon>> e : usStates.entrySet()) {
            totalPoints += writePlace(out, 1, e.getKey(), e.getValue(), null);
        }
        out.flush();
        Path target = Path.of(args[4], "world-map.bin.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(target))) {
            gz.write(bytes.toByteArray());
        }
        System.err.printf(Locale.ROOT, "%d countries (%d of them points only), %d states, %d points: %d bytes raw, %d gzipped%n",
                countries.size() + points.size(), points.size(), usStates.size(), totalPoints, bytes.size(),
                Files.size(target));
        List<String> missing = new ArrayList<>();
        for (String code : routeCountries.keySet()) {
            if (!countries.containsKey(code) && !points.containsKey(code)) {
                missing.add(code);
            }
        }
        System.err.println("countries of the table without a place on the map: " + missing);
    }

    // ---------------------------------------------------------------- places

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void splitOverseas(Map<String, List<Polygon>> countries) {
        for (String sovereign : List.copyOf(countries.keySet())) {
            List<Polygon> kept = new ArrayList<>();
            for (Polygon p : countries.get(sovereign)) {
                double[] c = p.centroid();
                String best = null;
                double bestKm = SPLIT_RADIUS_KM;
                for (String[] town : TOWNS) {
                    if (!town[1].equals(sovereign) || town[0].equals(sovereign)) {
                        continue;
                    }
                    double km = distanceKm(c[0], c[1], Double.parseDouble(town[2]), Double.parseDouble(town[3]));
                    if (km < bestKm) {
                        bestKm = km;
                        best = town[0];
                    }
                }
                if (best == null) {
                    kept.add(p);
                } else {
                    countries.computeIfAbsent(best, k -> new ArrayList<>()).add(p);
                }
            }
            countries.put(sovereign, kept);
        }
        countries.values().removeIf(List::isEmpty);
    }

    private static Map<String, double[]> pointPlaces(Map<String, List<Polygon>> countries) {
        Map<String, double[]> points = new TreeMap<>();
        for (String[] town : TOWNS) {
            if (!countries.containsKey(town[0]) && !points.containsKey(town[0])) {
                points.put(town[0], new double[] {Double.parseDouble(town[2]), Double.parseDouble(town[3])});
            }
        }
        return points;
    }

    private static int writePlace(DataOutputStream out, int kind, String code, List<Polygon> polygons,
                                  double[] fixedPoint) throws IOException {
        double[] rep = fixedPoint != null ? fixedPoint : representativePoint(polygons, code);
        out.writeByte(kind);
        out.writeBytes(code);
        out.writeInt((int) Math.round(rep[0] * UNITS));
        out.writeInt((int) Math.round(rep[1] * UNITS));
        List<int[]> rings = new ArrayList<>();
        for (Polygon p : polygons) {
            for (List<double[]> ring : p.rings) {
                int[] q = quantise(ring);
                if (q.length >= 8) {
                    rings.add(q);
                }
            }
        }
        out.writeShort(rings.size());
        int total = 0;
        for (int[] q : rings) {
            out.writeInt(q.length / 2);
            int px = 0;
            int py = 0;
            for (int i = 0; i < q.length; i += 2) {
                varint(out, zigzag(q[i] - px));
                varint(out, zigzag(q[i + 1] - py));
                px = q[i];
                py = q[i + 1];
            }
            total += q.length / 2;
        }
        return total;
    }

    /** lon, lat pairs in 1e-4 degrees, consecutive duplicates and the closing point dropped. */
    private static int[] quantise(List<double[]> ring) {
        int[] q = new int[ring.size() * 2];
        int n = 0;
        for (double[] p : ring) {
            int x = (int) Math.round(p[0] * UNITS);
            int y = (int) Math.round(p[1] * UNITS);
            if (n > 0 && q[n - 2] == x && q[n - 1] == y) {
                continue;
            }
            q[n++] = x;
            q[n++] = y;
        }
        if (n >= 4 && q[0] == q[n - 2] && q[1] == q[n - 1]) {
            n -= 2;
        }
        return java.util.Arrays.copyOf(q, n);
    }

    private static double[] representativePoint(List<Polygon> polygons, String code) {
        Polygon largest = null;
        double largestArea = -1;
        for (Polygon p : polygons) {
            double a = p.area();
            if (a > largestArea) {
                largestArea = a;
                largest = p;
            }
        }
        double[] c = largest.centroid();
        if (largest.contains(c[1], c[0])) {
            return c;
        }
        double[] inside = largest.widestSpanMiddle(c[0]);
        System.err.println("representative point of " + code + " moved inside: " + c[0] + "," + c[1] + " -> "
                + inside[0] + "," + inside[1]);
        return inside;
    }

    // ---------------------------------------------------------------- TopoJSON

    private static List<Polygon> polygons(List<double[][]> arcs, Map<String, Object> geometry) {
        List<Polygon> out = new ArrayList<>();
        String type = (String) geometry.get("type");
        List<Object> parts = list(geometry.get("arcs"));
        if ("Polygon".equals(type)) {
            out.add(polygon(arcs, parts));
        } else if ("MultiPolygon".equals(type)) {
            for (Object part : parts) {
                out.add(polygon(arcs, list(part)));
            }
        }
        return out;
    }

    /** Decodes the delta-encoded, quantised arcs of a topology into {lon, lat} points. */
    private static List<double[][]> arcs(Map<String, Object> topology) {
        Map<String, Object> transform = obj(topology.get("transform"));
        List<Object> scale = list(transform.get("scale"));
        List<Object> translate = list(transform.get("translate"));
        double sx = num(scale.get(0));
        double sy = num(scale.get(1));
        double tx = num(translate.get(0));
        double ty = num(translate.get(1));
        List<double[][]> decoded = new ArrayList<>();
        for (Object arc : list(topology.get("arcs"))) {
            List<Object> positions = list(arc);
            double[][] points = new double[positions.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < points.length; i++) {
                List<Object> d = list(positions.get(i));
                x += (long) num(d.get(0));
                y += (long) num(d.get(1));
                points[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            decoded.add(points);
        }
        return decoded;
    }

    private static Polygon polygon(List<double[][]> arcs, List<Object> ringArcs) {
        Polygon p = new Polygon();
        for (Object ring : ringArcs) {
            List<double[]> points = new ArrayList<>();
            for (Object index : list(ring)) {
                int i = (int) num(index);
                double[][] arc = arcs.get(i >= 0 ? i : ~i);
                for (int k = 0; k < arc.length; k++) {
                    double[] pt = arc[i >= 0 ? k : arc.length - 1 - k];
                    if (k == 0 && !points.isEmpty()) {
                        continue;
                    }
                    points.add(pt.clone());
                }
            }
            p.rings.add(unwrap(points));
        }
        return p;
    }

    /**
     * Makes consecutive longitudes differ by at most 180°, closes a ring that winds around a pole through that
     * pole, and shifts the ring so its westernmost point lies in [-180, 180).
     */
    static List<double[]> unwrap(List<double[]> ring) {
        List<double[]> out = new ArrayList<>(ring.size() + 4);
        double offset = 0;
        double prev = Double.NaN;
        for (double[] p : ring) {
            double lon = p[0] + offset;
            if (!Double.isNaN(prev)) {
                while (lon - prev > 180) {
                    lon -= 360;
                    offset -= 360;
                }
                while (lon - prev < -180) {
                    lon += 360;
                    offset += 360;
                }
            }
            out.add(new double[] {lon, p[1]});
            prev = lon;
        }
        double[] first = out.get(0);
        double[] last = out.get(out.size() - 1);
        if (Math.abs(last[0] - first[0]) > 180) {
            double meanLat = 0;
            for (double[] p : out) {
                meanLat += p[1];
            }
            double pole = meanLat < 0 ? -90 : 90;
            out.add(new double[] {last[0], pole});
            out.add(new double[] {first[0], pole});
            out.add(new double[] {first[0], first[1]});
        }
        double min = Double.POSITIVE_INFINITY;
        for (double[] p : out) {
            min = Math.min(min, p[0]);
        }
        double shift = -360 * Math.floor((min + 180) / 360);
        if (shift != 0) {
            for (double[] p : out) {
                p[0] += shift;
            }
        }
        return out;
    }

    /** An outer ring and its holes, longitudes unwrapped; points are {lon, lat}. */
    static final class Polygon {
        final List<List<double[]>> rings = new ArrayList<>();

        /** Planar shoelace over the outer ring, each degree of longitude weighted by the cosine of latitude. */
        double area() {
            List<double[]> r = rings.get(0);
            double a = 0;
            for (int i = 0, j = r.size() - 1; i < r.size(); j = i++) {
                a += r.get(j)[0] * r.get(i)[1] - r.get(i)[0] * r.get(j)[1];
            }
            return Math.abs(a / 2) * Math.cos(Math.toRadians(centroid()[0]));
        }

        /** {lat, lon} of the area centroid of the outer ring (vertex mean for degenerate rings). */
        double[] centroid() {
            List<double[]> r = rings.get(0);
            double a = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0, j = r.size() - 1; i < r.size(); j = i++) {
                double cross = r.get(j)[0] * r.get(i)[1] - r.get(i)[0] * r.get(j)[1];
                a += cross;
                cx += (r.get(j)[0] + r.get(i)[0]) * cross;
                cy += (r.get(j)[1] + r.get(i)[1]) * cross;
            }
            if (Math.abs(a) < 1e-12) {
                double sx = 0;
                double sy = 0;
                for (double[] p : r) {
                    sx += p[0];
                    sy += p[1];
                }
                return new double[] {sy / r.size(), normalise(sx / r.size())};
            }
            return new double[] {cy / (3 * a), normalise(cx / (3 * a))};
        }

        boolean contains(double lon, double lat) {
            boolean inside = false;
            for (List<double[]> r : rings) {
                for (double shift : new double[] {0, -360, 360}) {
                    if (ringContains(r, lon + shift, lat)) {
                        inside = !inside;
                        break;
                    }
                }
            }
            return inside;
        }

        /** {lat, lon} in the middle of the widest stretch inside the polygon along the given latitude. */
        double[] widestSpanMiddle(double lat) {
            List<Double> xs = new ArrayList<>();
            for (List<double[]> r : rings) {
                for (int i = 0, j = r.size() - 1; i < r.size(); j = i++) {
                    double[] a = r.get(j);
                    double[] b = r.get(i);
                    if ((a[1] > lat) != (b[1] > lat)) {
                        xs.add(a[0] + (lat - a[1]) * (b[0] - a[0]) / (b[1] - a[1]));
                    }
                }
            }
            xs.sort(null);
            double best = -1;
            double mid = Double.NaN;
            for (int i = 0; i + 1 < xs.size(); i += 2) {
                double w = xs.get(i + 1) - xs.get(i);
                if (w > best) {
                    best = w;
                    mid = (xs.get(i + 1) + xs.get(i)) / 2;
                }
            }
            return new double[] {lat, normalise(mid)};
        }
    }

    static boolean ringContains(List<double[]> r, double lon, double lat) {
        boolean inside = false;
        for (int i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            double[] a = r.get(i);
            double[] b = r.get(j);
            if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    static double normalise(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = Math.toRadians(lat2 - lat1);
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    // ---------------------------------------------------------------- output helpers

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static void varint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static Map<String, String> csvColumn(Path file, int keyColumn, int valueColumn) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (char ch : line.toCharArray()) {
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    f.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(ch);
                }
            }
            f.add(cur.toString());
            out.put(f.get(keyColumn), f.get(valueColumn));
        }
        return out;
    }

    // ---------------------------------------------------------------- a minimal JSON reader

    private static Object parse(String file) throws IOException {
        return new Json(Files.readString(Path.of(file))).value();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Objects, arrays, strings (with escapes), numbers, true/false/null: enough for TopoJSON and codes.json. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    m.put(key, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalStateException("expected " + c + " at " + i);
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
