#!/usr/bin/env bash
# Queries per second of `failover-studio serve` and of gdnsd serving the same failover design, measured with
# dnsperf in one run on loopback. Not part of `mvn verify`. Needs dnsperf and gdnsd (Debian: apt-get install
# dnsperf gdnsd) and the packaged application (mvn -B -q package -DskipTests).
#
#   src/test/perf/dnsperf-vs-gdnsd.sh [SECONDS] [CLIENTS]
#
# Both servers use two UDP threads. Each is warmed up for SECONDS/2 (the JIT for the Java server), then
# measured for SECONDS, three times, alternating; the script prints every run and the ratios of the medians
# and of the best runs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
seconds="${1:-10}"
clients="${2:-4}"
ours_port=18053
gdnsd_port=18054
design="$root/src/test/resources/dns/served-failover.json"
work="$(mktemp -d /tmp/failover-dnsperf.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v dnsperf >/dev/null || { echo "dnsperf is not installed (apt-get install dnsperf)"; exit 2; }
command -v gdnsd >/dev/null || { echo "gdnsd is not installed (apt-get install gdnsd)"; exit 2; }
[ -f "$root/target/failover-studio.jar" ] || { echo "build first: mvn -B -q package -DskipTests"; exit 2; }

# gdnsd: same zone, the www failover pair as a simplefo resource whose primary check reads a state file
mkdir -p "$work/gdnsd/zones"
sed "s#@DIR@#$work/gdnsd#g; s#@PORT@#$gdnsd_port#g" "$here/gdnsd/config.template" > "$work/gdnsd/config"
cp "$here/gdnsd/zones/example.com" "$work/gdnsd/zones/"
printf '192.0.2.10 => UP\n198.51.100.10 => UP\n' > "$work/gdnsd/web_primary.state"
gdnsd -c "$work/gdnsd" start > "$work/gdnsd.log" 2>&1 &
pids+=($!)

java -jar "$root/target/failover-studio.jar" serve "$design" --port "$ours_port" > "$work/serve.log" 2>&1 &
pids+=($!)

for port in $ours_port $gdnsd_port; do
  for _ in $(seq 1 100); do
    dig @127.0.0.1 -p "$port" +tries=1 +time=1 +short www.example.com A 2>/dev/null | grep -q 192.0.2.10 && break
    sleep 0.2
  done
done

# the answers must agree before speeds are compared (status and answer section; gdnsd leaves the zone's NS
# records out of the authority section of positive answers, Route 53 and `serve` include them, R31)
while read -r name type; do
  a="$(dig @127.0.0.1 -p $ours_port +tries=1 +time=2 +noall +comments +answer "$name" "$type" | grep -E 'status:|IN' | sed 's/id: [0-9]*//' | tr -s ' \t' ' ' | sort)"
  b="$(dig @127.0.0.1 -p $gdnsd_port +tries=1 +time=2 +noall +comments +answer "$name" "$type" | grep -E 'status:|IN' | sed 's/id: [0-9]*//' | tr -s ' \t' ' ' | sort)"
  if [ "$a" != "$b" ]; then
    echo "answers differ for $name $type:"; echo "  serve: $a"; echo "  gdnsd: $b"; exit 1
  fi
done < <(sort -u "$here/queries.txt")
echo "answers agree for $(sort -u "$here/queries.txt" | wc -l) questions"

run() { # port seconds -> "qps lost"
  dnsperf -s 127.0.0.1 -p "$1" -d "$here/queries.txt" -l "$2" -c "$clients" -q 500 2>&1 \
    | awk '/Queries per second/ {qps=$4} /Queries lost/ {lost=$3" "$4} END {printf "%.0f lost %s\n", qps, lost}'
}

run $ours_port $((seconds / 2)) > /dev/null
run $gdnsd_port $((seconds / 2)) > /dev/null
ours=(); theirs=()
for round in 1 2 3; do
  r1="$(run $ours_port "$seconds")"; echo "round $round serve: $r1"; ours+=("${r1%% *}")
  r2="$(run $gdnsd_port "$seconds")"; echo "round $round gdnsd: $r2"; theirs+=("${r2%% *}")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
best() { printf '%s\n' "$@" | sort -n | tail -1; }
m1="$(median "${ours[@]}")"; m2="$(median "${theirs[@]}")"; b1="$(best "${ours[@]}")"; b2="$(best "${theirs[@]}")"
echo "median serve $m1 qps, gdnsd $m2 qps, ratio $(awk -v a="$m1" -v b="$m2" 'BEGIN {printf "%.2f", a / b}')"
echo "best   serve $b1 qps, gdnsd $b2 qps, ratio $(awk -v a="$b1" -v b="$b2" 'BEGIN {printf "%.2f", a / b}')"
