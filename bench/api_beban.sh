#!/usr/bin/env bash
# Load test of the REST API (reads) on PostgreSQL with 2 gunicorn workers, bounded in clients and time, against 127.0.0.1.
# Usage: bench/api_beban.sh [clients=50] [duration=60s] [agencies=20]
# Prints locust's summary and the p95 / failure count; leaves nothing behind (its database is dropped).
# Each client holds an operator's API token (bench/api_data.py); rate limits are raised for the test; statistics
# are reset when all clients run, so the figures describe the steady state.
set -euo pipefail
cd "$(dirname "$0")/.."
PENGGUNA=${1:-50}
DURASI=${2:-60s}
JUMLAH_PD=${3:-20}
PORT=${SAKIP_BEBAN_PORT:-8793}
PG=${SAKIP_BEBAN_PG:-postgres://postgres@127.0.0.1:5432}
DB="bench_sakip_api_$$"
KERJA=$(mktemp -d)
export DATABASE_URL="$PG/$DB" SAKIP_DATA_DIR="$KERJA/data" SAKIP_ALLOWED_HOSTS=127.0.0.1,localhost
export SAKIP_API_BATAS_TOKEN=1000000/60 SAKIP_SECRET_KEY="beban-$(head -c 32 /dev/urandom | base64 | tr -d '/+=')" DJANGO_SETTINGS_MODULE=sakip.web.settings
PY=.venv/bin/python

bersih() {
  [ -n "${PID_SERVER:-}" ] && kill "$PID_SERVER" 2>/dev/null && wait "$PID_SERVER" 2>/dev/null || true
  $PY -c "import psycopg; c=psycopg.connect('$PG/postgres', autocommit=True); c.execute('DROP DATABASE IF EXISTS $DB WITH (FORCE)')" || true
  rm -rf "$KERJA"
}
trap bersih EXIT

$PY -c "import psycopg; c=psycopg.connect('$PG/postgres', autocommit=True); c.execute('CREATE DATABASE $DB')"
.venv/bin/sakip manage migrate -v0
echo "==> Menyiapkan $JUMLAH_PD perangkat daerah uji"
PYTHONPATH=bench $PY bench/api_data.py "$JUMLAH_PD" > "$KERJA/peta.txt"
echo "==> Server: gunicorn 2 pekerja di 127.0.0.1:$PORT"
.venv/bin/sakip serve --http --tanpa-migrasi --workers 2 --bind "127.0.0.1:$PORT" > "$KERJA/server.log" 2>&1 &
PID_SERVER=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/publik/" 2>/dev/null && break; sleep 0.2; done
echo "==> Locust: $PENGGUNA pengguna, $DURASI"
SAKIP_BEBAN_PETA="$KERJA/peta.txt" .venv/bin/locust -f bench/api_beban.py --headless -u "$PENGGUNA" -r 5 -t "$DURASI" --reset-stats \
  --host "http://127.0.0.1:$PORT" --csv "$KERJA/hasil" --only-summary --stop-timeout 5 2>&1 | tail -25 || true
$PY - "$KERJA/hasil_stats.csv" <<'PYEOF'
import csv, sys
baris = {r["Name"]: r for r in csv.DictReader(open(sys.argv[1]))}
a = baris["Aggregated"]
print(f"\nRINGKASAN: {a['Request Count']} permintaan, {a['Failure Count']} gagal, "
      f"median {a['50%']} ms, p95 {a['95%']} ms, p99 {a['99%']} ms, {float(a['Requests/s']):.1f} permintaan/detik")
for nama, r in baris.items():
    if nama != "Aggregated":
        print(f"  {nama:<45} n={r['Request Count']:>6} gagal={r['Failure Count']:>4} p95={r['95%']:>6} ms")
PYEOF
if [ -s "$KERJA/hasil_failures.csv" ] && [ "$(wc -l < "$KERJA/hasil_failures.csv")" -gt 1 ]; then
  echo "Kegagalan:"; cat "$KERJA/hasil_failures.csv"
  echo "Log server (galat):"; grep -E "Error|Traceback|error" "$KERJA/server.log" | sort | uniq -c | sort -rn | head -20 || true
fi
