#!/usr/bin/env bash
# Soak test on PostgreSQL (issue 9 item 6): `sakip serve` (2 gunicorn workers) and `sakip pekerja` on 127.0.0.1,
# locust users mixing reads, saves, register imports and document jobs; memory of every server process sampled
# every 15 s; afterwards bench/soak_periksa.py checks that no acknowledged write and no accepted job was lost.
# Usage: bench/soak.sh [users=200] [duration=10m] [agencies=50]
# Leaves nothing behind (its database is dropped). Exit 1 when requests failed or anything was lost.
set -euo pipefail
cd "$(dirname "$0")/.."
PENGGUNA=${1:-200}
DURASI=${2:-10m}
JUMLAH_PD=${3:-50}
PORT=${SAKIP_BEBAN_PORT:-8792}
PG=${SAKIP_BEBAN_PG:-postgres://postgres@127.0.0.1:5432}
DB="soak_sakip_$$"
KERJA=$(mktemp -d)
export DATABASE_URL="$PG/$DB" SAKIP_DATA_DIR="$KERJA/data" SAKIP_ALLOWED_HOSTS=127.0.0.1,localhost
export SAKIP_SECRET_KEY="soak-$(head -c 32 /dev/urandom | base64 | tr -d '/+=')" DJANGO_SETTINGS_MODULE=sakip.web.settings
PY=.venv/bin/python

bersih() {
  for p in ${PID_SERVER:-} ${PID_PEKERJA:-} ${PID_MEMORI:-}; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  $PY -c "import psycopg; c=psycopg.connect('$PG/postgres', autocommit=True); c.execute('DROP DATABASE IF EXISTS $DB WITH (FORCE)')" || true
  rm -rf "$KERJA"
}
trap bersih EXIT

$PY -c "import psycopg; c=psycopg.connect('$PG/postgres', autocommit=True); c.execute('CREATE DATABASE $DB')"
.venv/bin/sakip manage migrate -v0
echo "==> Menyiapkan $JUMLAH_PD perangkat daerah uji"
$PY bench/beban_data.py "$JUMLAH_PD" > "$KERJA/peta.txt"

echo "==> Server: gunicorn 2 pekerja + sakip pekerja di 127.0.0.1:$PORT"
.venv/bin/sakip serve --http --tanpa-migrasi --workers 2 --bind "127.0.0.1:$PORT" > "$KERJA/server.log" 2>&1 &
PID_SERVER=$!
.venv/bin/sakip pekerja > "$KERJA/pekerja.log" 2>&1 &
PID_PEKERJA=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/publik/" 2>/dev/null && break; sleep 0.2; done
(
  while sleep 15; do
    for p in $PID_SERVER $(pgrep -P "$PID_SERVER" || true) $PID_PEKERJA $(pgrep -P "$PID_PEKERJA" || true); do
      echo "$(date +%s) $p $(ps -o rss= -p "$p" 2>/dev/null | tr -d ' ')"
    done
  done
) > "$KERJA/memori.txt" &
PID_MEMORI=$!
echo "==> Locust: $PENGGUNA pengguna, $DURASI"
status=0
SAKIP_BEBAN_PETA="$KERJA/peta.txt" SAKIP_SOAK_LOG="$KERJA/konfirmasi.jsonl" .venv/bin/locust -f bench/soak.py --headless \
  -u "$PENGGUNA" -r 5 -t "$DURASI" --reset-stats --host "http://127.0.0.1:$PORT" --csv "$KERJA/hasil" --only-summary \
  --stop-timeout 10 2>&1 | tail -30 || true
kill "$PID_MEMORI" 2>/dev/null || true
$PY - "$KERJA/hasil_stats.csv" "$KERJA/memori.txt" <<'PYEOF' || status=1
import csv, sys
from collections import defaultdict
baris = {r["Name"]: r for r in csv.DictReader(open(sys.argv[1]))}
a = baris["Aggregated"]
print(f"\nRINGKASAN: {a['Request Count']} permintaan, {a['Failure Count']} gagal, "
      f"median {a['50%']} ms, p95 {a['95%']} ms, p99 {a['99%']} ms, {float(a['Requests/s']):.1f} permintaan/detik")
for nama, r in baris.items():
    if nama != "Aggregated":
        print(f"  {nama:<45} n={r['Request Count']:>6} gagal={r['Failure Count']:>4} p95={r['95%']:>6} ms")
rss = defaultdict(list)
for b in open(sys.argv[2]):
    t, p, kb = (b.split() + ["", "", ""])[:3]
    if kb:
        rss[p].append(int(kb))
print("MEMORI (RSS per proses, MB, pada 0 %, 25 %, 50 %, 75 %, 100 % waktu uji; maks):")
for p, v in sorted(rss.items()):
    if len(v) >= 2:
        titik = " → ".join(f"{v[round(q * (len(v) - 1))] / 1024:.0f}" for q in (0, 0.25, 0.5, 0.75, 1))
        print(f"  pid {p}: {titik}, maks {max(v) / 1024:.0f} ({len(v)} sampel)")
sys.exit(1 if int(a["Failure Count"]) else 0)
PYEOF
$PY bench/soak_periksa.py "$KERJA/konfirmasi.jsonl" 600 || status=1
if [ -s "$KERJA/hasil_failures.csv" ] && [ "$(wc -l < "$KERJA/hasil_failures.csv")" -gt 1 ]; then
  echo "Kegagalan:"; head -20 "$KERJA/hasil_failures.csv"
  echo "Log server (galat):"; grep -E "Error|Traceback" "$KERJA/server.log" | sort | uniq -c | sort -rn | head -20 || true
fi
exit "$status"
