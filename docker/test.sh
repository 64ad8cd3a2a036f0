#!/bin/bash
# docker/test.sh: brings the container deployment up here from nothing, checks it end to end, and removes it again.
#
#   docker/test.sh            (as root, from anywhere; about 10 minutes on 2 cores once the images are cached)
#
# It runs docker/compose.yaml itself, with docker/compose.test.yaml on top, which only moves every container onto the
# host's loopback (host networking, ports 18406-18492 below) so no test traffic touches Docker's bridge addresses.
# Steps (each prints a "PASS" line, or the script stops with "FAIL" and a reason):
#   1. tools: docker, docker-compose and debootstrap (installed from Debian if missing), and a Docker daemon (started
#      here, with no bridge and no iptables rules, if none answers; stopped again at the end)
#   2. images: the Debian base image (made with debootstrap if absent), then MariaDB, the portal and HAProxy, built
#      once each from the compose file (the portal's jar is built first if missing; PORTAL_TEST_BUILD_JAR=1 forces it)
#   3. MariaDB, portal-1, then portal-2 once portal-1 is ready, then the proxy; waits for readiness of both nodes
#   4. in Chromium, through the proxy: feedback is sent and the INT lead acknowledges it (a task completed)
#   5. the lead's node is stopped: the same browser is asked to sign in again, lands on the other node, and finds the
#      acknowledgement; the node is started again
#   6. the monthly report timer is made due: it fires once across the two nodes, one report per INT for the month
#   7. MariaDB is stopped: both nodes' readiness goes down; MariaDB is started: both come back, and the lead (still
#      signed in: sessions live in the nodes' memory) reads the task list and the acknowledgement again
#   8. backup with the documented mariadb-dump command, restored into a fresh MariaDB container: dumped again, the
#      restored database is the backup byte for byte
# Everything it started (containers, networks, volumes, secrets, the daemon) is removed on exit, pass or fail. The
# images are kept, as a build cache; `docker image rm` them if wanted.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
PROJECT=neighbourhood-portal-test
export TEST_DB_PORT=18406 TEST_RESTORE_PORT=18407 TEST_PROXY_PORT=18480
export TEST_NODE_1_PORT=18481 TEST_NODE_2_PORT=18482 TEST_NODE_1_MANAGEMENT_PORT=18491 TEST_NODE_2_MANAGEMENT_PORT=18492
export PORTAL_PROFILES=mariadb,demo
export PORTAL_VERSION="${PORTAL_VERSION:-0.1.0}"
WORK="$(mktemp -d /tmp/portal-docker-test.XXXXXX)"
export PORTAL_SECRETS_DIR="$WORK/secrets"
BASE_URL="http://127.0.0.1:$TEST_PROXY_PORT"
STARTED_DOCKERD=""
STARTED_AT=$SECONDS

say() { printf '[%4ss] %s\n' "$((SECONDS - STARTED_AT))" "$*"; }
pass() { say "PASS $*"; }
fail() { say "FAIL $*"; exit 1; }

cleanup() {
    local status=$?
    set +e
    say "cleaning up"
    if [[ -n "${COMPOSE[*]:-}" ]] && docker info > /dev/null 2>&1; then
        if [[ $status -ne 0 ]]; then
            "${COMPOSE[@]}" logs --no-color --tail=40 > "$WORK/compose.log" 2>&1 && say "last logs: $WORK/compose.log"
        fi
        "${COMPOSE[@]}" down --volumes --remove-orphans --timeout 20 > /dev/null 2>&1
        docker rm -f "$PROJECT-restore" > /dev/null 2>&1
        docker volume rm "$PROJECT-restore" > /dev/null 2>&1
    fi
    if [[ -n "$STARTED_DOCKERD" ]]; then
        kill "$STARTED_DOCKERD" 2> /dev/null
        for _ in $(seq 30); do kill -0 "$STARTED_DOCKERD" 2> /dev/null || break; sleep 1; done
        say "stopped the Docker daemon this script started (pid $STARTED_DOCKERD)"
    fi
    # debootstrap mounts /proc and /sys (and may bind-mount /dev) inside the tree it builds: if it was interrupted,
    # unmount them before removing the tree, and never let rm cross into another file system.
    if [[ -d "$WORK/rootfs" ]]; then
        grep -o " $WORK/rootfs/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l
        rm -rf --one-file-system "$WORK/rootfs"
    fi
    rm -rf "$PORTAL_SECRETS_DIR"
    if [[ $status -eq 0 ]]; then
        rm -rf "$WORK"
        say "all steps passed; nothing left running"
    else
        say "stopped with status $status; screenshots and logs in $WORK"
    fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------------- 1. tools
[[ $EUID -eq 0 ]] || fail "run as root (it starts dockerd and debootstrap needs root)"
missing=()
command -v dockerd > /dev/null || missing+=(docker.io)
command -v docker-compose > /dev/null || docker compose version > /dev/null 2>&1 || missing+=(docker-compose)
command -v debootstrap > /dev/null || missing+=(debootstrap)
command -v curl > /dev/null || missing+=(curl)
if ((${#missing[@]})); then
    say "installing ${missing[*]} from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
if ! docker info > /dev/null 2>&1; then
    # No bridge and no iptables rules: every container of this test uses the host's network.
    dockerd --bridge=none --iptables=false --ip-masq=false --ip6tables=false > "$WORK/dockerd.log" 2>&1 &
    STARTED_DOCKERD=$!
    for _ in $(seq 60); do docker info > /dev/null 2>&1 && break; sleep 1; done
    docker info > /dev/null 2>&1 || fail "dockerd did not start; see $WORK/dockerd.log"
    say "started dockerd (pid $STARTED_DOCKERD)"
fi
# BuildKit reads docker/Dockerfile.dockerignore (only the jar goes to the build). Compose v1 hands builds to the
# docker CLI for that; use one that has BuildKit built in (Debian's 20.10) or the buildx plugin.
export DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1
if ! docker buildx version > /dev/null 2>&1 && [[ -x /usr/bin/docker ]]; then
    mkdir -p "$WORK/bin" && ln -s /usr/bin/docker "$WORK/bin/docker" && export PATH="$WORK/bin:$PATH"
fi
if docker compose version > /dev/null 2>&1; then
    COMPOSE_CLI=(docker compose)
else
    COMPOSE_CLI=(docker-compose)
fi
compose_version="${COMPOSE_CLI[*]} $("${COMPOSE_CLI[@]}" version --short)"
# The stack under test: compose.yaml with compose.test.yaml on top, less the proxy's published port (Docker refuses
# port bindings with host networking, and an override file cannot remove a list entry in Compose v1).
"$ROOT/docker/make-secrets.sh" "$PORTAL_SECRETS_DIR" > /dev/null
"${COMPOSE_CLI[@]}" -p "$PROJECT" -f docker/compose.yaml -f docker/compose.test.yaml config > "$WORK/merged.yaml"
awk '/^ *ports:$/ {indent = match($0, /[^ ]/); skip = 1; next}
     skip {i = match($0, /[^ ]/); if (i > indent || (i == indent && substr($0, i, 1) == "-")) next; skip = 0}
     {print}' "$WORK/merged.yaml" > "$WORK/stack.yaml"
COMPOSE=("${COMPOSE_CLI[@]}" -p "$PROJECT" -f "$WORK/stack.yaml")
pass "tools: Docker engine $(docker version --format '{{.Server.Version}}'), $compose_version"

# --------------------------------------------------------------------------------------------------------- 2. images
if ! docker image inspect debian:bookworm-slim > /dev/null 2>&1; then
    say "making the Debian base image with debootstrap (one to several minutes)"
    debootstrap --variant=minbase --include=ca-certificates bookworm "$WORK/rootfs" > "$WORK/debootstrap.log" 2>&1 \
        || fail "debootstrap failed; see $WORK/debootstrap.log"
    tar -C "$WORK/rootfs" -c . | docker import - debian:bookworm-slim > /dev/null
    rm -rf --one-file-system "$WORK/rootfs"
fi
JAR=portal/target/neighbourhood-portal.jar
if [[ ! -f $JAR || -n "${PORTAL_TEST_BUILD_JAR:-}" ]]; then
    say "building the portal's jar"
    ./mvnw -B -q -pl portal -am -DskipTests package > "$WORK/maven.log" 2>&1 || fail "jar build failed; see $WORK/maven.log"
fi
say "jar: $JAR, $(du -m "$JAR" | cut -f1) MB, built $(date -r "$JAR" '+%F %T')"
# Playwright, at the version the portal's browser tests use (docker/test/pom.xml takes it from the parent pom; the
# portal module itself cannot be resolved without building its sibling modules first).
./mvnw -B -o -q -f docker/test/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" > "$WORK/maven.log" 2>&1 \
    || ./mvnw -B -q -f docker/test/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" \
    > "$WORK/maven.log" 2>&1 || fail "could not resolve Playwright; see $WORK/maven.log"
CP=$(< "$WORK/cp.txt")
"${COMPOSE[@]}" build > "$WORK/build.log" 2>&1 || fail "image build failed; see $WORK/build.log"
docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E "^(neighbourhood-portal|debian)" | sed 's/^/       /'
[[ "$(docker image inspect --format '{{.Config.User}}' "neighbourhood-portal:$PORTAL_VERSION")" == 10001:10001 ]] \
    || fail "the portal image does not run as uid 10001"
pass "images built from Debian; the portal runs as a non-root user (10001)"

# ------------------------------------------------------------------------------------------------------ 3. the stack
db() { docker exec -i "$("${COMPOSE[@]}" ps -q mariadb)" mariadb --batch --skip-column-names neighbourhood_portal "$@"; }
ready() { curl -s -o /dev/null -w '%{http_code}' --max-time 100 "http://127.0.0.1:$1/actuator/health/readiness"; }
wait_ready() { # port, expected code, seconds
    local code
    for _ in $(seq "$3"); do
        code=$(ready "$1" || true)
        [[ $code == "$2" ]] && return 0
        sleep 1
    done
    return 1
}
say "starting MariaDB, portal-1, then portal-2 (after portal-1 is ready), and the proxy"
"${COMPOSE[@]}" up -d > "$WORK/up.log" 2>&1 || fail "compose up failed; see $WORK/up.log"
wait_ready $TEST_NODE_1_MANAGEMENT_PORT 200 600 || fail "portal-1 not ready"
wait_ready $TEST_NODE_2_MANAGEMENT_PORT 200 600 || fail "portal-2 not ready"
for _ in $(seq 30); do curl -sf -o /dev/null "$BASE_URL/login" && break; sleep 1; done
say "readiness of portal-1: $(curl -s "http://127.0.0.1:$TEST_NODE_1_MANAGEMENT_PORT/actuator/health/readiness")"
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health")" == 404 ]] \
    || fail "the proxy serves /actuator to the public"
[[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$TEST_NODE_1_PORT/actuator/health/readiness")" != 200 ]] \
    || fail "a node's public port serves the health endpoint"
heap=$(docker exec "$("${COMPOSE[@]}" ps -q portal-1)" java -XX:+PrintFlagsFinal -version 2> /dev/null \
    | awk '$2 == "MaxHeapSize" {printf "%d MiB", $4 / 1048576}')
pass "both nodes ready (database and engine UP); proxy answers; /actuator not public; max heap per node $heap"

# ------------------------------------------------------------------------------------------ 4. sign in, complete task
journey() { java -cp "$CP" docker/test/StackJourney.java "$1" "$BASE_URL" "$WORK/browser"; }
out=$(journey complete-task) || fail "sign-in and task through the proxy: $out"
echo "$out" | sed 's/^/       /'
node=$(echo "$out" | sed -n 's/^node=//p')
[[ $node == portal-1 || $node == portal-2 ]] || fail "the proxy set no SERVERID cookie"
pass "signed in through the proxy and completed a task (on $node)"

# ------------------------------------------------------------------------------------------------- 5. lose a node
"${COMPOSE[@]}" stop "$node" > /dev/null 2>&1
out=$(journey sign-in-again) || fail "after stopping $node: $out"
echo "$out" | sed 's/^/       /'
other=$(echo "$out" | sed -n 's/^node=//p')
pass "$node stopped: the lead signed in again on $other and nothing was lost"
"${COMPOSE[@]}" start "$node" > /dev/null 2>&1
port_var="TEST_NODE_${node#portal-}_MANAGEMENT_PORT"
wait_ready "${!port_var}" 200 600 || fail "$node not ready after starting it again"
say "$node started again and ready"

# ------------------------------------------------------------------------------------------ 6. the monthly timer
PERIOD=$(TZ=Europe/London date +%Y-%m)
schedules() { db -e "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'MonthlyHighlightReportSchedule'"; }
before=$(schedules)
reports_before=$(db -e "select count(*) from highlight_report where period = '$PERIOD'")
job=$(db -e "select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event' and PROCESS_DEF_KEY_ = 'MonthlyHighlightReportSchedule'")
[[ $(wc -w <<< "$job") == 1 ]] || fail "expected one schedule timer, found: $job"
db -e "update ACT_RU_JOB set DUEDATE_ = now() - interval 1 hour where ID_ = '$job'"
for _ in $(seq 90); do [[ $(schedules) -gt $before ]] && break; sleep 1; done
sleep 20 # both job executors have had time to pick it up again, if they were going to
fired=$(( $(schedules) - before ))
runs=$(db -e "select HOSTNAME_ from ACT_HI_JOB_LOG where PROCESS_DEF_KEY_ = 'MonthlyHighlightReportSchedule' and JOB_STATE_ = 2" | sort | uniq -c | xargs)
timers=$(db -e "select count(*), min(DUEDATE_) > now() from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event' and PROCESS_DEF_KEY_ = 'MonthlyHighlightReportSchedule'" | xargs)
per_int=$(db -e "select count(*), count(distinct team_id), coalesce(max(n), 0) from (select team_id, count(*) n from highlight_report where period = '$PERIOD' group by team_id) r" | xargs)
say "schedule instances started: $fired; successful timer runs by node: $runs; next timer (count, in future): $timers"
say "reports for $PERIOD: $reports_before before, now (teams, distinct, most per team): $per_int"
[[ $fired == 1 ]] || fail "the monthly timer fired $fired times"
[[ $timers == "1 1" ]] || fail "expected one future timer after firing, found $timers"
[[ ${per_int##* } == 1 ]] || fail "an INT has more than one report for $PERIOD"
pass "the monthly timer fired once across two nodes; one report per INT for $PERIOD; next month's timer is set"

# ------------------------------------------------------------------------------------------- 7. restart MariaDB
"${COMPOSE[@]}" stop mariadb > /dev/null 2>&1
wait_ready $TEST_NODE_1_MANAGEMENT_PORT 503 120 || fail "portal-1 stayed ready without its database"
wait_ready $TEST_NODE_2_MANAGEMENT_PORT 503 120 || fail "portal-2 stayed ready without its database"
say "MariaDB stopped: both nodes not ready: $(curl -s "http://127.0.0.1:$TEST_NODE_1_MANAGEMENT_PORT/actuator/health/readiness")"
"${COMPOSE[@]}" start mariadb > /dev/null 2>&1
wait_ready $TEST_NODE_1_MANAGEMENT_PORT 200 180 || fail "portal-1 did not recover"
wait_ready $TEST_NODE_2_MANAGEMENT_PORT 200 180 || fail "portal-2 did not recover"
out=$(journey still-signed-in) || fail "after the database came back: $out"
echo "$out" | sed 's/^/       /'
pass "MariaDB restarted: both nodes went not-ready and recovered; the lead, still signed in, finds the acknowledgement"

# ---------------------------------------------------------------------------------------------- 8. backup, restore
# The documented command (docs/operations.md#backups):
"${COMPOSE[@]}" exec -T mariadb mariadb-dump --single-transaction --routines --triggers neighbourhood_portal \
    > "$WORK/backup.sql"
say "backup: $(du -k "$WORK/backup.sql" | cut -f1) KB"
docker run -d --name "$PROJECT-restore" --network host -v "$PROJECT-restore:/var/lib/mysql" \
    -e MARIADB_ROOT_PASSWORD=restore-check -e MARIADB_PASSWORD=restore-check \
    "neighbourhood-portal-mariadb:$PORTAL_VERSION" --bind-address=127.0.0.1 --port=$TEST_RESTORE_PORT > /dev/null
for _ in $(seq 60); do docker exec "$PROJECT-restore" mariadb-admin ping > /dev/null 2>&1 && break; sleep 1; done
docker exec -i "$PROJECT-restore" mariadb neighbourhood_portal < "$WORK/backup.sql" || fail "restore failed"
# What was restored must be what was backed up: the restored database, dumped again with the same command, is the
# backup itself, byte for byte, less the dump's closing timestamp (every row of every table, binary columns included).
# (Comparing with the live database instead would race the nodes' job executors, which keep writing.) grep -a: the
# dump holds binary columns as raw bytes, and grep would stop at the first one without it.
docker exec "$PROJECT-restore" mariadb-dump --single-transaction --routines --triggers neighbourhood_portal \
    > "$WORK/restored.sql"
diff -q <(grep -av '^-- Dump completed' "$WORK/backup.sql") <(grep -av '^-- Dump completed' "$WORK/restored.sql") \
    > /dev/null || fail "the restored database differs from the backup; see $WORK/backup.sql and $WORK/restored.sql"
count_all=$(docker exec "$PROJECT-restore" mariadb --batch --skip-column-names -e "select group_concat(concat(
    'select ''', table_name, ''', count(*) from \`', table_name, '\`') order by table_name separator ' union all ')
    from information_schema.tables where table_schema = 'neighbourhood_portal'")
counts=$(docker exec "$PROJECT-restore" mariadb --batch --skip-column-names neighbourhood_portal -e "$count_all")
say "restored: $(wc -l <<< "$counts") tables, $(awk '{s += $2} END {print s}' <<< "$counts") rows; for example: $(grep -E '^(person|feedback|highlight_report|ACT_RU_TASK|ACT_HI_PROCINST|ACT_GE_BYTEARRAY)\s' <<< "$counts" | xargs)"
pass "backup restored into a fresh MariaDB container; dumped again, it is the backup byte for byte"
