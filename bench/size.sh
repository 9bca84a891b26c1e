#!/usr/bin/env bash
# Size check: Runway may add at most 5 MB to a pgx hello-world binary.
# Builds bench/size/hellopgx and the same program with migrate.Run linked
# (bench/size/hellorunway), with default flags, and compares their sizes.
set -euo pipefail
cd "$(dirname "$0")"
limit=$((5 * 1024 * 1024))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/hellopgx" ./size/hellopgx
go build -o "$out/hellorunway" ./size/hellorunway
base=$(stat -c %s "$out/hellopgx")
with=$(stat -c %s "$out/hellorunway")
added=$((with - base))
mib() { awk -v b="$1" 'BEGIN { printf "%.2f MiB", b / 1048576 }'; }
echo "pgx hello-world: $(mib "$base"); with migrate.Run: $(mib "$with"); Runway adds $(mib "$added") (limit $(mib "$limit"))"
if [ "$added" -gt "$limit" ]; then
  echo "size check failed: Runway adds more than $(mib "$limit")"; exit 1
fi
