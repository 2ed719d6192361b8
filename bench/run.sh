#!/usr/bin/env bash
# Benchmark kit: loads a fresh PostgreSQL database with realistic claims, starts the packaged service on it and
# measures each read and write scenario with wrk, next to pgbench running the SQL statements the service runs for
# the same request. See bench/README.md.
#
#   bench/run.sh [--claims N] [--duration S] [--connections "16 64"] [--repetitions 3] [--json FILE] [--keep]
#                [--build] [--db NAME] [--load-only] [--reuse] [--scenarios "by-id first-page ..."] [--timeout S]
#                [--aot-classes FILE]
#
# --keep leaves the database; --load-only loads it and stops there; --reuse --db NAME measures on a database an
# earlier --keep or --load-only run loaded. --aot-classes FILE writes the classes a start on the database and one
# request of each scenario load beyond those the image's training start loads by itself, and stops there (the list
# is src/main/resources/aot-training-classes.txt; needs JDK 25 or later).
#
# Database: PGHOST (localhost), PGPORT (5432); the database is created by an administrator (BENCH_ADMIN_USER,
# default postgres: through "su postgres" when run as root on this machine, else psql -U with PGPASSWORD) and owned
# by BENCH_DB_USER / BENCH_DB_PASSWORD (bench / bench), created if missing. Traffic goes only to 127.0.0.1.
set -euo pipefail
# The whole script is one block, read before it runs: editing the file meanwhile cannot change a run under way.
{
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

claims=1000000
duration=20
connections="16 64"
repetitions=3
json_file=""
keep=false
reuse=false
load_only=false
build=false
timeout_s=""
db_name="bench_claimdesk_$(date +%Y%m%d_%H%M%S)"
scenarios_wanted=""
aot_classes=""
app_port=${BENCH_APP_PORT:-18080}
pg_host=${PGHOST:-localhost}
pg_port=${PGPORT:-5432}
admin_user=${BENCH_ADMIN_USER:-postgres}
db_user=${BENCH_DB_USER:-bench}
db_password=${BENCH_DB_PASSWORD:-bench}
pgbench_clients=16

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case $1 in
    --claims) claims=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --repetitions) repetitions=$2; shift 2 ;;
    --json) json_file=$(realpath -m "$2"); shift 2 ;;
    --keep) keep=true; shift ;;
    --reuse) reuse=true; keep=true; shift ;;
    --load-only) load_only=true; keep=true; shift ;;
    --build) build=true; shift ;;
    --db) db_name=$2; shift 2 ;;
    --scenarios) scenarios_wanted=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --aot-classes) aot_classes=$(realpath -m "$2"); shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option $1" >&2; usage 64 ;;
  esac
done
[[ $claims =~ ^[0-9]+$ && $claims -ge 1000 ]] || { echo "--claims must be a number, at least 1000" >&2; exit 64; }
[[ $duration =~ ^[0-9]+$ && $duration -ge 1 ]] || { echo "--duration must be whole seconds" >&2; exit 64; }
[[ $db_name =~ ^[a-z0-9_]+$ ]] || { echo "--db: lower-case letters, digits and _ only" >&2; exit 64; }

scenarios_all="by-id first-page deep-page status-verdict speaker tag source-filter source-claims search-broad
  search-rare search-phrase similar review"
scenarios=${scenarios_wanted:-$scenarios_all}
scenario_count=$(wc -w <<< "$scenarios")
connection_count=$(wc -w <<< "$connections")
# Loading, three starts of the service, warm-up and the measured runs, with room to spare.
timeout_s=${timeout_s:-$((1200 + claims / 1000 + scenario_count * (duration + 3 + repetitions * (connection_count + 1) * (duration + 3)) * 3 / 2))}

sources=$(( claims / 50 > 10 ? claims / 50 : 10 ))
actors=$(( claims / 20 > 50 ? claims / 20 : 50 ))

work=$(mktemp -d /tmp/claimdesk-bench.XXXXXX)
app_pid=""
rss_pid=""
started=$(date +%s)

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

java=${BENCH_JAVA:-java}
for tool in psql pgbench curl openssl python3 "$java"; do
  command -v "$tool" >/dev/null || fail "$tool is missing"
done
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null
  else
    fail "wrk is missing (Debian: apt-get install wrk)"
  fi
fi

admin_psql() {
  if [ -z "${PGPASSWORD:-}" ] && [ "$(id -u)" = 0 ] && [[ $pg_host == localhost || $pg_host == 127.0.0.1 ]]; then
    su "$admin_user" -c "psql -X -q -v ON_ERROR_STOP=1 -p $pg_port -d postgres" 
  else
    psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$admin_user" -d postgres
  fi
}
db_psql() {
  PGPASSWORD=$db_password psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$db_user" -d "$db_name" "$@"
}
db_value() { db_psql -At -c "$1"; }
# Loading sessions: memory for sorts and index builds, no waiting for the disk at each commit.
load_psql() {
  PGOPTIONS="-c client_min_messages=warning -c work_mem=64MB -c maintenance_work_mem=256MB -c synchronous_commit=off" \
    db_psql "$@"
}

stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  [ -n "$rss_pid" ] && kill "$rss_pid" 2>/dev/null || true
  stop_app
  [ -n "${watchdog_pid:-}" ] && kill "$watchdog_pid" 2>/dev/null || true
  if [ "$keep" = true ]; then
    log "database $db_name kept"
  elif [ -n "${db_created:-}" ]; then
    echo "drop database if exists $db_name" | admin_psql || log "could not drop $db_name"
  fi
  log "logs and scripts in $work"
  exit "$status"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# The whole run is bounded: past the timeout the run is interrupted, the service stopped and the database dropped.
main_pid=$$
(
  sleep "$timeout_s" & sleeper=$!
  trap 'kill $sleeper 2>/dev/null; exit 0' TERM
  wait $sleeper
  log "timeout after ${timeout_s}s"
  pkill -TERM -P "$main_pid" 2>/dev/null
  kill -TERM "$main_pid" 2>/dev/null
) &
watchdog_pid=$!

# ---------------------------------------------------------------------------------------------------------------
# The service: built once, started on the bench database with a throwaway key pair.
runner_jar() { compgen -G "$root/target/claimdesk-*-runner.jar" | head -n 1; }
if [ "$build" = true ] || [ -z "$(runner_jar)" ]; then
  log "building the service"
  (cd "$root" && ./mvnw -B -q package -DskipTests) >"$work/build.log" 2>&1 || fail "build failed, see $work/build.log"
fi
# Laid out as in the image: /deployments/quarkus-run.jar and the AOT cache beside it.
app_dir="$work/app"
mkdir -p "$app_dir"
cp "$(runner_jar)" "$app_dir/quarkus-run.jar"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt-private.pem" 2>/dev/null
openssl pkey -in "$work/jwt-private.pem" -pubout -out "$work/jwt-public.pem"
issuer=https://bench.claimdesk.local/issuer

# The JVM settings of the Kubernetes Deployment (k8s/base/deployment.yaml), as the image's run-java.sh passes them,
# with the container's memory limit as the memory the JVM sizes its heap from, and the AOT cache beside the kit's
# copy of the jar; BENCH_JAVA_OPTS replaces them.
manifest_java_opts() {
  python3 - "$root/k8s/base/deployment.yaml" "$app_dir" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
def env(name):
    m = re.search(r"- name: " + name + r"\n\s+value: \"?([^\"\n]*)", text)
    return m.group(1).strip() if m else ""
limit = re.search(r"limits:(?:\n\s+\w+: \S+)*?\n\s+memory: (\d+)([MG])i", text)
options = [env("JAVA_OPTS").replace("/deployments/", sys.argv[2] + "/")]
if limit:
    options.append(f"-XX:MaxRAM={limit.group(1)}{limit.group(2).lower()}")
if env("JAVA_MAX_MEM_RATIO"):
    options.append(f"-XX:MaxRAMPercentage={float(env('JAVA_MAX_MEM_RATIO')):.1f}")
options += [env("GC_CONTAINER_OPTIONS") or "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError"]
print(" ".join(o for o in options if o))
PY
}
java_opts=${BENCH_JAVA_OPTS-$(manifest_java_opts)}
log "JVM: $("$java" -version 2>&1 | head -n 1)"
# The AOT cache, written as the image writes it (src/main/docker/Dockerfile.jvm): a start without a database, which
# stops at the first connection, with the same JVM settings as the measured starts. JDKs before 25 have none. For
# --aot-classes it is written without the list, so that the classes a start on the database loads besides come from
# the jar and show as such.
if [[ $java_opts == *-XX:AOTCache=* ]]; then
  if "$java" -XX:AOTCacheOutput="$work/probe.aot" -version >/dev/null 2>&1; then
    log "writing the AOT cache"
    (cd "$app_dir" && QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none \
      MP_JWT_VERIFY_PUBLICKEY=none MP_JWT_VERIFY_ISSUER=none CLAIMDESK_AOT_TRAINING=$([ -z "$aot_classes" ] && echo true || echo false) \
      "$java" $(sed -E 's/-XX:AOTCache=/-XX:AOTCacheOutput=/' <<< "$java_opts") -jar quarkus-run.jar) \
      >"$work/aot-training.log" 2>&1 || true
    [ -s "$app_dir/app.aot" ] || fail "no AOT cache was written, see $work/aot-training.log"
    # Refuse to measure without it: a JVM that cannot use a cache otherwise starts without it, silently.
    java_opts="$java_opts -XX:AOTMode=on"
  else
    [ -z "$aot_classes" ] || fail "--aot-classes needs a JDK with an AOT cache (25 or later, BENCH_JAVA)"
    log "this JDK has no AOT cache (JDK 25 has, as in the image): measuring without one"
    java_opts=$(sed -E 's/-XX:AOTCache=[^ ]*//' <<< "$java_opts")
  fi
fi
log "JVM options: $java_opts"

# start_app LOGFILE [VAR=VALUE...]: starts the service and waits until it is ready; sets startup_s.
extra_java_opts=""
start_app() {
  local logfile=$1; shift
  curl -s -o /dev/null "http://127.0.0.1:$app_port/" && fail "port $app_port is taken (BENCH_APP_PORT chooses another)"
  local t0; t0=$(date +%s.%N)
  # From the package's directory: the AOT cache names the jar by the path it was written with.
  env -C "$app_dir" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pg_host:$pg_port/$db_name" \
    QUARKUS_DATASOURCE_USERNAME="$db_user" QUARKUS_DATASOURCE_PASSWORD="$db_password" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$work/jwt-public.pem" MP_JWT_VERIFY_ISSUER="$issuer" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$app_port" LOG_JSON=false "$@" \
    "$java" $java_opts $extra_java_opts -jar quarkus-run.jar >"$logfile" 2>&1 &
  app_pid=$!
  for _ in $(seq 2400); do
    kill -0 "$app_pid" 2>/dev/null || fail "the service stopped, see $logfile"
    if curl -sf -o /dev/null "http://127.0.0.1:$app_port/q/health/ready"; then
      startup_s=$(awk -v t0="$t0" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.2f", t1 - t0 }')
      return
    fi
    sleep 0.05
  done
  fail "the service was not ready within 120 s, see $logfile"
}
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }

# ---------------------------------------------------------------------------------------------------------------
# A fresh database, migrated by the service itself so that flyway_schema_history is the service's.
if [ "$reuse" = false ]; then
log "creating database $db_name on $pg_host:$pg_port"
admin_psql <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$db_user') then
    create role $db_user login password '$db_password';
  end if;
end \$\$;
create database $db_name owner $db_user;
SQL
db_created=1
log "migrating the schema (the service's first start)"
start_app "$work/app-migrate.log"
stop_app

# ---------------------------------------------------------------------------------------------------------------
log "loading $claims claims, $sources sources, $actors actors"
load_start=$(date +%s)
words=$(python3 - "$root/src/main/resources/samples" <<'PY'
import pathlib, re, sys
files = sorted(p for p in pathlib.Path(sys.argv[1]).glob("[0-9]*.txt"))
print(" ".join(w for p in files for w in re.findall(r"[A-Za-z](?:[A-Za-z'-]*[A-Za-z])?", p.read_text("utf-8"))))
PY
)
vars=(-v claims="$claims" -v sources="$sources" -v actors="$actors")
# parallel FILE: runs a load step as two sessions, each doing its part.
parallel() {
  local pids=() part
  for part in 0 1; do
    load_psql "${vars[@]}" -v part=$part -v parts=2 -f "$here/load/$1" >"$work/load-$1-$part.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || fail "loading $1 failed, see $work/load-$1-*.log"; done
}
step() { log "  $1"; }
step "vocabulary, actors, claim plan"; load_psql "${vars[@]}" -v words="$words" -f "$here/load/1-prepare.sql" >"$work/load-1.log"
step "claims (staged)"; parallel 2-claims.sql
step "articles and appearances"; parallel 3-articles.sql
step "claims, with the search documents the service's triggers compute"
# The triggers read each claim's appearances: an index for them while claims go in.
db_psql -c "create index bench_load_appearance_claim on appearance (claim_id)"
parallel 4-claims.sql
db_psql -c "drop index bench_load_appearance_claim"
step "reviews, approvals, publications"; load_psql "${vars[@]}" -f "$here/load/5-reviews.sql" >"$work/load-5.log"
step "evidence and audit trail"; parallel 6-trail.sql
load_psql "${vars[@]}" -f "$here/load/7-finish.sql" >"$work/load-7.log"
step "indexes, then foreign keys"
db_value "select ddl from bench_data.ddl where kind = 'index' order by name" >"$work/indexes.sql"
db_value "select ddl from bench_data.ddl where kind = 'fk' order by name" >"$work/foreign-keys.sql"
for ddl_file in indexes foreign-keys; do
  # Two sessions, the biggest indexes spread over both.
  tr '\n' '\0' <"$work/$ddl_file.sql" | PGPASSWORD=$db_password xargs -0 -P 2 -I{} \
    psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$db_user" -d "$db_name" \
    -c "set maintenance_work_mem = '384MB'" -c "{}" >>"$work/load-ddl.log" 2>&1 \
    || fail "rebuilding $ddl_file failed, see $work/load-ddl.log"
done
step "vacuum analyze"
db_psql -c "vacuum analyze $(db_value "select string_agg(tablename, ', ') from pg_tables where schemaname = 'public'")"
load_s=$(( $(date +%s) - load_start ))
db_psql -c "insert into bench_data.meta values ('load_s', '$load_s')"
else
  load_s=$(db_value "select coalesce((select value from bench_data.meta where key = 'load_s'), '?')")
  claims=$(db_value "select value from bench_data.meta where key = 'claims'")
  sources=$(db_value "select value from bench_data.meta where key = 'sources'")
  actors=$(db_value "select value from bench_data.meta where key = 'actors'")
fi
db_size=$(db_value "select pg_size_pretty(pg_database_size(current_database()))")
read -r n_claims n_sources n_actors n_appearances n_reviews n_evidence n_audit <<<"$(db_value "select
  (select count(*) from claim), (select count(*) from source), (select count(*) from actor),
  (select count(*) from appearance), (select count(*) from review), (select count(*) from evidence),
  (select count(*) from audit_entry)" | tr '|' ' ')"
log "loaded (in ${load_s}s): $n_claims claims, $n_sources sources, $n_actors actors, $n_appearances appearances,"
log "  $n_reviews reviews, $n_evidence evidence, $n_audit audit entries; database $db_size"

if [ "$load_only" = true ]; then
  log "measure with: bench/run.sh --reuse --db $db_name"
  exit 0
fi

# ---------------------------------------------------------------------------------------------------------------
# What the scenarios ask for.
tag=$(db_value "select value from bench_data.meta where key = 'tag'")
rare_word=$(db_value "select value from bench_data.meta where key = 'rare_word'")
q_broad="north korea"
q_phrase='"military intervention"'
read -r deep_key deep_id deep_cursor <<<"$(db_value "
  select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), id,
         translate(encode(convert_to(to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')
                                     || '|' || id, 'UTF8'), 'base64'), E'+/=\n', '-_')
  from claim order by created_at desc, id desc offset $(( claims >= 20000 ? 9999 : claims / 2 )) limit 1" | tr '|' ' ')"
for q in "$q_broad" "$rare_word" "$q_phrase"; do
  hits=$(db_value "select count(*) from claim where search @@ websearch_to_tsquery('english', \$\$$q\$\$)")
  log "search $q: $hits claims match"
done

token=$(DEV_TOKEN_KEY="$work/jwt-private.pem" DEV_TOKEN_ISSUER="$issuer" "$root/scripts/dev-token.sh" bench.reviewer reviewer)

# scenario_value NAME: the constant the scenario's wrk and pgbench runs share.
scenario_value() {
  case $1 in
    deep-page) echo "$deep_cursor" ;;
    tag) echo "$tag" ;;
    search-broad) echo "$q_broad" ;;
    search-rare) echo "$rare_word" ;;
    search-phrase) echo "$q_phrase" ;;
    review) echo "$token" ;;
    *) echo "-" ;;
  esac
}
# What the review scenario's audit entries hold, as the service writes them.
audit_review='{"id": "00000000-0000-4000-8000-000000000000", "claimId": "00000000-0000-4000-8000-000000000000", "verdict": "MOSTLY_FALSE", "attribution": "CONFIRMED", "rationale": "The figure is higher than every independent estimate; officials later gave a lower count.", "reviewer": "bench.reviewer", "createdAt": "2025-12-01T10:00:00.000000Z", "supersedes": null, "supersededBy": null, "correctionReason": null, "approvals": []}'
audit_claim='{"text": "North Korea has sent about 12,000 soldiers to Russia, where they are being trained at five military training grounds in eastern Russia.", "kind": "QUOTE", "speaker": {"id": "00000000-0000-4000-8000-000000000000", "name": "Kim Min-jun"}, "status": "REVIEWED", "verdict": "MOSTLY_FALSE", "attributionVerdict": "CONFIRMED", "tags": ["north-korea", "troops"], "assignee": null}'
run_wrk() { # NAME CONNECTIONS SECONDS
  wrk -t 2 -c "$2" -d "${3}s" --timeout 30s -s "$here/scenarios/claimdesk.lua" "http://127.0.0.1:$app_port" \
    -- "$1" "$claims" "$sources" "$actors" "$(scenario_value "$1")" 2>&1
}
# pgbench connects with the options the service gives its connections (e.g. jit=off).
pg_options=$(sed -n 's/^quarkus\.datasource\.jdbc\.additional-jdbc-properties\.options=//p' \
  "$root/src/main/resources/application.properties")
run_pgbench() { # NAME SECONDS
  PGOPTIONS="$pg_options" PGPASSWORD=$db_password pgbench -n -M prepared -c "$pgbench_clients" -j 2 -T "$2" -h "$pg_host" -p "$pg_port" \
    -U "$db_user" -D claims="$claims" -D sources="$sources" -D actors="$actors" -D tag="$tag" \
    -D q_broad="$q_broad" -D q_rare="$rare_word" -D q_phrase="$q_phrase" -D deep_key="$deep_key" \
    -D deep_id="$deep_id" -D status=REVIEWED -D verdict=FALSE -D ranked_candidates=1000 -D similar_candidates=200 -D ts_format='YYYY-MM-DD"T"HH24:MI:SS.US"Z"' \
    -D audit_review="$audit_review" -D audit_claim="$audit_claim" -D audit_changes='{"status": "NEW", "verdict": null, "attributionVerdict": null}' -f "$here/scenarios/$1.sql" "$db_name" 2>&1
}

# ---------------------------------------------------------------------------------------------------------------
# Statements per request: the service logs each SQL statement it sends (Hibernate's SQL log) for one request of
# each scenario; bench/scenarios/NAME.sql replays the same statements.
log "capturing the statements of one request per scenario"
[ -z "$aot_classes" ] || extra_java_opts="-Xlog:class+load=info:file=$work/class-load.log"
start_app "$work/app-capture.log" QUARKUS_HIBERNATE_ORM_LOG_SQL=true QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL=false
for name in $scenarios; do
  # One request to warm up what is loaded once, then five counted ones (the count depends on the claim drawn).
  : >"$work/capture-$name.sql"
  for i in 0 1 2 3 4 5; do
    before=$(wc -l <"$work/app-capture.log")
    BENCH_SCENARIOS="$here/scenarios" wrk -t 1 -c 1 -d 60s --timeout 60s -s "$here/scenarios/once.lua" \
      "http://127.0.0.1:$app_port" -- "$name" "$claims" "$sources" "$actors" "$(scenario_value "$name")" \
      >"$work/capture-$name.wrk" 2>&1
    sleep 0.2
    [ "$i" = 0 ] && continue
    grep -o 'BENCH-STATUS.*' "$work/capture-$name.wrk" >>"$work/capture-$name.sql" || true
    # Hibernate's SQL log: one line per statement, after "[Hibernate]", highlighted with terminal colours.
    tail -n +"$((before + 1))" "$work/app-capture.log" | sed 's/\x1b\[[0-9;]*m//g' | grep '^\[Hibernate\]' \
      >>"$work/capture-$name.sql" || true
  done
done
stop_app
extra_java_opts=""

if [ -n "$aot_classes" ]; then
  # Classes from the jar or the JDK's modules, not from the cache; generated ones (lambdas, proxies) have no name
  # to load them by.
  { echo "# Classes a start on a database and one request of each benchmark scenario load beyond those the"
    echo "# image's training start loads by itself. Written by: bench/run.sh --aot-classes FILE (see bench/README.md)."
    awk '$NF ~ /^(file|jar|jrt):/ { print $(NF - 2) }' "$work/class-load.log" | sort -u
  } >"$aot_classes"
  log "wrote $(grep -vc '^#' "$aot_classes") class names to $aot_classes"
  exit 0
fi

# ---------------------------------------------------------------------------------------------------------------
# Start-up to ready: the median of three starts (one start is at the mercy of whatever else the machine does), the
# last of which is the one measured.
log "starting the service three times, the last time for the measurements"
startups=""
for i in 1 2 3; do
  start_app "$work/app.log"
  startups="$startups $startup_s"
  [ "$i" = 3 ] || stop_app
done
startups=${startups# }
startup_s=$(tr ' ' '\n' <<< "$startups" | sort -n | sed -n 2p)
rss_idle=$(rss_mb)
log "ready after ${startup_s}s (median of $startups), RSS ${rss_idle} MiB"
: >"$work/rss.samples"
: >"$work/loadavg.samples"
# The service's RSS twice a second, and how busy the machine is (it may be shared).
( while kill -0 "$app_pid" 2>/dev/null; do
    rss_mb >>"$work/rss.samples" 2>/dev/null || true; echo >>"$work/rss.samples"
    cut -d' ' -f1 /proc/loadavg >>"$work/loadavg.samples"
    sleep 0.5
  done ) &
rss_pid=$!

results="$work/results.tsv"
: >"$results"
warmup=$(( duration / 2 > 3 ? duration / 2 : 3 ))
for name in $scenarios; do
  statements=$(awk '/^\[Hibernate\]/ { n++ } END { printf "%.1f", n / 5 }' "$work/capture-$name.sql")
  log "$name: $statements statements per request; warming up ${warmup}s"
  run_wrk "$name" 16 "$warmup" >"$work/warmup-$name.wrk"
  for rep in $(seq "$repetitions"); do
    for c in $connections; do
      out=$(run_wrk "$name" "$c" "$duration")
      echo "$out" >"$work/wrk-$name-c$c-$rep.txt"
      grep -q BENCH-RESULT <<<"$out" || fail "wrk failed for $name: $out"
      printf '%s\twrk\t%s\t%s\t%s\t%s\n' "$name" "$c" "$rep" "$(grep -o 'BENCH-RESULT.*' <<<"$out")" "$statements" >>"$results"
    done
    out=$(run_pgbench "$name" "$duration")
    echo "$out" >"$work/pgbench-$name-$rep.txt"
    tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out")
    [ -n "$tps" ] || fail "pgbench failed for $name: $(tail -5 <<<"$out")"
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
    printf '%s\tpgbench\t%s\t%s\t%s\t%s\n' "$name" "$pgbench_clients" "$rep" "$tps" "${failed:-0}" >>"$results"
    log "  $name #$rep: $(awk -F'\t' -v n="$name" -v r="$rep" '$1 == n && $4 == r && $2 == "wrk" { split($5, f, " "); printf "c%s %.0f req/s  ", $3, f[3] / (f[2] / 1e6) }' "$results")pgbench $tps tps"
  done
done
kill "$rss_pid" 2>/dev/null || true
rss_pid=""
rss_peak=$(sort -n "$work/rss.samples" | tail -1)
load_average=$(awk '{ sum += $1 } END { if (NR) printf "%.1f", sum / NR }' "$work/loadavg.samples")

# ---------------------------------------------------------------------------------------------------------------
python3 "$here/report.py" "$results" "$json_file" "$startup_s" "$rss_idle" "$rss_peak" "$db_name" "$claims" \
  "$n_sources" "$n_actors" "$n_appearances" "$n_reviews" "$n_evidence" "$load_s" "$db_size" "$pgbench_clients" \
  "$duration" "$repetitions" "$load_average" "$(nproc)" "$startups"
log "done in $(( $(date +%s) - started ))s"
exit
}
