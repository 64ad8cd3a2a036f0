#!/bin/bash
# docker/test/sessions.sh: what a signed-in person's session costs a node's heap (docs/operations.md#sizing).
#
#   docker/test/sessions.sh BASE_URL COUNT PID      e.g. docker/test/sessions.sh http://127.0.0.1:18580 300 12345
#
# PID is the node's JVM on this machine (jcmd must reach it); the node runs with the demo profile (its accounts sign
# in). Reads the heap after a full collection, then COUNT people sign in over HTTP, alternately the INT lead and a PPG
# representative, and each opens the task list and then the feedback list in one Vaadin UI: the requests a browser
# makes (the sign-in form, the UI's start, two moves within the app), without the browser, so that hundreds of
# sessions fit in minutes. The sessions stay open (their cookies are kept until the end). Then the heap after a full
# collection again, and the difference per session. The heap after a collection varies by several MB between
# readings (caches, soft references), so use a few hundred sessions.
set -euo pipefail
BASE=$1 COUNT=$2 PID=$3
JARS=$(mktemp -d)
trap 'rm -rf "$JARS"' EXIT

# A move within the app, as Vaadin's client sends it (Flow 24): the UI's security key, the route, the message number.
NAVIGATE='{"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",'
NAVIGATE+='"appShellTitle":"","historyState":{"idx":%d},"trigger":""}}],"syncId":%d,"clientId":%d}'

heap_kb() { # used heap after a full GC: the sum over the generations (serial collector) or the one G1 heap
    jcmd "$PID" GC.run > /dev/null
    jcmd "$PID" GC.heap_info | grep -o 'total [0-9]*K, used [0-9]*K' \
        | awk -F'used ' '{sub("K", "", $2); s += $2} END {print s}'
}

before=$(heap_kb)
start=$SECONDS
for i in $(seq "$COUNT"); do
    jar="$JARS/$i"
    who=lead@harborough.demo
    ((i % 2)) && who=ppg@harborough.demo
    curl -sf -c "$jar" -b "$jar" -o /dev/null "$BASE/login"
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$who&password=neighbourhood" "$BASE/login"
    init=$(curl -sf -c "$jar" -b "$jar" \
        "$BASE/?v-r=init&location=&query=&v-wn=w$i&v-tzid=Europe%2FLondon&v-bw=1280&v-bh=800&v-sw=1280&v-sh=800")
    key=$(grep -o '"Vaadin-Security-Key":"[^"]*"' <<< "$init" | cut -d'"' -f4)
    [[ -n $key ]] || { echo "session $i: no UI (not signed in?)" >&2; exit 1; }
    sync=0
    for route in tasks feedback; do
        out=$(curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json' "$BASE/?v-r=uidl&v-uiId=0" \
            --data "$(printf "$NAVIGATE" "$key" "$route" "$sync" "$sync" "$sync")")
        grep -q 'vaadin-grid' <<< "$out" || { echo "session $i: the $route page did not open: ${out:0:300}" >&2; exit 1; }
        sync=$((sync + 1))
    done
done
after=$(heap_kb)
echo "heap after a full GC: $before KB before, $after KB with $COUNT more sessions ($((SECONDS - start)) s to open them):" \
    "$(((after - before) / COUNT)) KB per session"
