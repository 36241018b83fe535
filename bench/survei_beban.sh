#!/usr/bin/env bash
# Load test of the public SKM questionnaire: PostgreSQL, gunicorn with 2 workers, 127.0.0.1 only, bounded.
# Usage: bench/survei_beban.sh [rate=100] [seconds=30] [agencies=10]
# The flood guard stays on; its limits are raised because every simulated respondent comes from 127.0.0.1.
# Checks that every submission was stored exactly once; leaves nothing behind (its database is dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
LAJU=${1:-100}
DETIK=${2:-30}
JUMLAH_PD=${3:-10}
PORT=${SAKIP_BEBAN_PORT:-8792}
PG=${SAKIP_BEBAN_PG:-postgres://postgres@127.0.0.1:5432}
DB="bench_skm_$$"
KERJA=$(mktemp -d)
export DATABASE_URL="$PG/$DB" SAKIP_DATA_DIR="$KERJA/data" SAKIP_ALLOWED_HOSTS=127.0.0.1,localhost
export SAKIP_SECRET_KEY="beban-$(head -c 32 /dev/urandom | base64 | tr -d '/+=')" DJANGO_SETTINGS_MODULE=sakip.web.settings
export SAKIP_SKM_BATAS_IP=1000000/600 SAKIP_SKM_BATAS_PD=1000000/60 SAKIP_SKM_MIN_DETIK=0
PY=.venv/bin/python

bersih() {
  [ -n "${PID_SERVER:-}" ] && kill "$PID_SERVER" 2>/dev/null && wait "$PID_SERVER" 2>/dev/null || true
  $PY -c "import psycopg; c=psycopg.connect('$PG/postgres', autocommit=True); c.execute('DROP DATABASE IF EXISTS $DB WITH (FORCE)')" || true
  rm -rf "$KERJA"
}
trap bersih EXIT

$PY -c "import psycopg; c=psycopg.connect('$PG/postgres', autocommit=True); c.execute('CREATE DATABASE $DB')"
.venv/bin/sakip manage migrate -v0
$PY bench/survei_beban_data.py "$JUMLAH_PD" > "$KERJA/peta.txt"
echo "==> Server: gunicorn 2 pekerja (4 utas) di 127.0.0.1:$PORT"
.venv/bin/sakip serve --http --tanpa-migrasi --workers 2 --bind "127.0.0.1:$PORT" > "$KERJA/server.log" 2>&1 &
PID_SERVER=$!
SLUG=$(head -1 "$KERJA/peta.txt" | cut -d' ' -f1)
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/skm/$SLUG/" 2>/dev/null && break; sleep 0.2; done
# CPU seconds used by the server (gunicorn master and its workers), read from /proc.
cpu_server() {
  local total=0 p
  for p in $PID_SERVER $(pgrep -P "$PID_SERVER" || true); do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo "$total"
}
echo "==> Beban: $LAJU kiriman/detik selama $DETIK detik ke $JUMLAH_PD unit layanan"
echo "    beban mesin sebelum: $(cut -d' ' -f1-3 /proc/loadavg) (2 inti dipakai bersama)"
status=0
CPU0=$(cpu_server)
$PY bench/survei_beban.py --host "http://127.0.0.1:$PORT" --laju "$LAJU" --detik "$DETIK" --peta "$KERJA/peta.txt" || status=$?
CPU1=$(cpu_server)
$PY -c "import os; t=os.sysconf('SC_CLK_TCK'); n=int($LAJU*$DETIK); d=($CPU1-$CPU0)/t; print(f'CPU server (gunicorn): {d:.1f} s untuk {n} kiriman = {d/n*1000:.1f} ms per kiriman (GET + POST)')"
$PY - <<'PYEOF'
import django
django.setup()
from sakip.web.survei.models import Respon
n = Respon.objects.count()
ganda = Respon.objects.values("token").exclude(token=None).distinct().count()
print(f"basis data: {n} jawaban tersimpan, {ganda} token berbeda")
PYEOF
# grep -c exits 1 when it counts 0: that is the good outcome, not a failure of the benchmark.
galat=$(grep -c " 500 \|Traceback" "$KERJA/server.log" || true)
echo "galat server di log: $galat"
[ "$galat" = 0 ] || status=1
exit $status
