#!/bin/sh
# Makes the app's class-data archive (AppCDS) for an installed app image, so the designer's classes are mapped in
# at startup instead of read, checked and parsed from the jars: the design is drawn about a third sooner.
#
#   class-data-archive.sh APP_DIR [--optional]
#
# APP_DIR is the app image (target/dist/FailoverStudio, or /opt/failover-studio once the .deb is installed). The
# archive records where the jars are, so it is made where the app will run: by the build for the app image, by the
# .deb's postinst for /opt. It starts the app once, headless, drawing the bundled warm-up design, with
# -XX:ArchiveClassesAtExit, then names the archive in the launcher's configuration. With --optional a failure only
# leaves the app without the archive (it starts as before); without it, a failure fails the build.
set -u
app="$1"
optional="${2:-}"
archive="$app/lib/app/failover-studio.jsa"
cfg="$app/lib/app/FailoverStudio.cfg"
design="$app/lib/app/packaging/warm-up-design.json"
picture="$(mktemp -d)/warm-up.png"

fail() {
    echo "class-data-archive: $1" >&2
    rm -f "$archive"
    [ "$optional" = "--optional" ] && exit 0
    exit 1
}

rm -f "$archive"
sed -i '/failover-studio.jsa/d' "$cfg" || fail "cannot edit $cfg"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
    "$app/bin/FailoverStudio" screenshot --design "$design" --out "$picture" >/dev/null 2>&1 \
    || fail "the warm-up start failed"
rm -rf "$(dirname "$picture")"
[ -s "$archive" ] || fail "no archive was written"
# -Xlog:cds=off: should the archive ever not match (the app image moved), the app starts without it, silently
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/failover-studio.jsa' >> "$cfg"
echo 'java-options=-Xlog:cds=off' >> "$cfg"
echo 'java-options=-Xlog:cds+dynamic=off' >> "$cfg"
echo "class-data-archive: $archive"
