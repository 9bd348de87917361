#!/usr/bin/env bash
# A real single-node Elasticsearch for development and CI, and a real three-node cluster for the
# cluster tests, without Docker.
#
#   scripts/elasticsearch.sh start|stop|status
#   scripts/elasticsearch.sh cluster start|stop|status|urls|start-node N|stop-node N
#
# Environment (defaults):
#   ES_VERSION=9.5.3   ES_PORT=9200   ES_HEAP=512m   ES_HOME_DIR=<repo>/.elasticsearch
#   ES_CLUSTER_PORT=9210 (nodes 1-3 answer HTTP on 9210-9212 and talk to each other on 9310-9312)
#   ES_CLUSTER_HEAP=512m
#
# `start` fetches the integ-test-zip distribution from Maven Central (cached in ~/.m2), unpacks it
# into ES_HOME_DIR, builds and installs our analysis plugin (elasticsearch/analysis-plugin, which
# supplies the analysis-common parts the integ-test-zip lacks), and starts the node on
# 127.0.0.1:ES_PORT, waiting until it is at least yellow. Each step is skipped when already done.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ES_VERSION=${ES_VERSION:-9.5.3}
ES_PORT=${ES_PORT:-9200}
ES_HEAP=${ES_HEAP:-512m}
ES_HOME_DIR=$(realpath -m "${ES_HOME_DIR:-$REPO_DIR/.elasticsearch}") # absolute: it goes into elasticsearch.yml

PLUGIN_NAME=caseatlas-analysis
PLUGIN_SRC=$REPO_DIR/elasticsearch/analysis-plugin
CLUSTER_NAME=caseatlas-dev
ES_USER=caseatlas-es # Elasticsearch refuses to run as root
DIST_DIR=$ES_HOME_DIR/elasticsearch-$ES_VERSION
PIDFILE=$ES_HOME_DIR/run/elasticsearch.pid
ES_LOG=$ES_HOME_DIR/logs/$CLUSTER_NAME.log
BUILD_LOG=$ES_HOME_DIR/logs/setup.log
CONSOLE_LOG=$ES_HOME_DIR/logs/console.log
URL=http://127.0.0.1:$ES_PORT
START_TIMEOUT=120

log() { echo "[elasticsearch.sh] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Runs a noisy setup command with its output in BUILD_LOG; shows the tail only if it fails.
quietly() {
    if ! "$@" >>"$BUILD_LOG" 2>&1; then
        tail -n 40 "$BUILD_LOG" >&2
        die "failed: $* (full output: $BUILD_LOG)"
    fi
}

# Runs a command as the unprivileged Elasticsearch user (as ourselves when not root).
as_es_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$ES_USER" -- "$@"; else "$@"; fi
}

es_pid() {
    local pid
    [ -f "$PIDFILE" ] || return 1
    pid=$(cat "$PIDFILE")
    # the cmdline check guards against a stale pidfile whose pid was reused
    [ -n "$pid" ] && grep -qa org.elasticsearch "/proc/$pid/cmdline" 2>/dev/null || return 1
    echo "$pid"
}

cluster_status() {
    curl -fsS --max-time 5 "$URL/_cluster/health" 2>/dev/null | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

java_major() {
    "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
}

# Elasticsearch 9 and its plugin build need JDK >= 21 (the machine default is 17): JAVA_HOME if it
# qualifies, else the newest full JDK (with javac) under /usr/lib/jvm.
find_jdk() {
    local dir major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
        echo "$JAVA_HOME"
        return
    fi
    for dir in /usr/lib/jvm/*; do
        [ -x "$dir/bin/javac" ] || continue
        major=$(java_major "$dir")
        if [ -n "$major" ] && [ "$major" -gt "$best_major" ]; then best=$dir best_major=$major; fi
    done
    [ "$best_major" -ge 21 ] || die "no JDK >= 21 found (JAVA_HOME or /usr/lib/jvm/*)"
    echo "$best"
}

ensure_distribution() {
    [ -f "$DIST_DIR/.unpacked" ] && return
    local download=$ES_HOME_DIR/download
    log "fetching Elasticsearch $ES_VERSION (integ-test-zip) via Maven"
    rm -rf "$DIST_DIR" "$download"
    # The version must be explicit: it may be missing from the artifact's maven-metadata.xml.
    quietly mvn -B -q -Dstyle.color=never dependency:copy \
        "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
        "-DoutputDirectory=$download"
    quietly unzip -q "$download/elasticsearch-$ES_VERSION.zip" -d "$ES_HOME_DIR"
    rm -rf "$download"
    touch "$DIST_DIR/.unpacked" # marks a complete unpack, so an interrupted one is redone
}

# Builds and (re)installs the plugin when its sources or the Elasticsearch version changed.
plugin_hash() {
    (echo "$ES_VERSION"; cd "$PLUGIN_SRC" && find pom.xml src -type f -print0 | sort -z | xargs -0 sha256sum) |
        sha256sum | cut -d' ' -f1
}

ensure_plugin() {
    local hash_file=$DIST_DIR/.$PLUGIN_NAME.sha256 hash zip
    hash=$(plugin_hash)
    [ "$(cat "$hash_file" 2>/dev/null)" = "$hash" ] && return
    log "building $PLUGIN_NAME with $JDK"
    # a classic plugin must be compiled for exactly the Elasticsearch version it is loaded into
    quietly env JAVA_HOME="$JDK" mvn -B -q -Dstyle.color=never -f "$PLUGIN_SRC/pom.xml" clean package \
        "-Delasticsearch.version=$ES_VERSION"
    zip=$(ls "$PLUGIN_SRC"/target/$PLUGIN_NAME-*.zip)
    if [ -d "$DIST_DIR/plugins/$PLUGIN_NAME" ]; then
        quietly env ES_JAVA_HOME="$JDK" "$DIST_DIR/bin/elasticsearch-plugin" remove "$PLUGIN_NAME"
    fi
    quietly env ES_JAVA_HOME="$JDK" "$DIST_DIR/bin/elasticsearch-plugin" install --batch "file://$zip"
    echo "$hash" >"$hash_file"
}

write_config() {
    cat >"$DIST_DIR/config/elasticsearch.yml" <<EOF
# Written by scripts/elasticsearch.sh on every start; edit the script, not this file.
cluster.name: $CLUSTER_NAME
node.name: $CLUSTER_NAME-node
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
path.data: $ES_HOME_DIR/data
path.logs: $ES_HOME_DIR/logs
# The integ-test-zip has x-pack-core and x-pack-security; plain HTTP without users for dev/CI.
xpack.security.enabled: false
# Small CI disks must not flip indices to read-only (flood-stage watermark).
cluster.routing.allocation.disk.threshold_enabled: false
EOF
}

# ── The three-node cluster ───────────────────────────────────────────────────────────────────
# The same distribution and plugin as the single node; each node a process of its own with its
# own configuration directory (ES_PATH_CONF), data path, ports and pidfile. All three are
# master-eligible data nodes that find each other on the loopback transport ports.
ES_CLUSTER_PORT=${ES_CLUSTER_PORT:-9210}
ES_CLUSTER_HEAP=${ES_CLUSTER_HEAP:-512m}
CLUSTER_NODES=3
CLUSTER_DIR=$ES_HOME_DIR/cluster
CLUSTER_NAME_MULTI=caseatlas-cluster

node_dir() { echo "$CLUSTER_DIR/node-$1"; }
node_http_port() { echo $((ES_CLUSTER_PORT + $1 - 1)); }
node_transport_port() { echo $((ES_CLUSTER_PORT + 100 + $1 - 1)); }
node_pid() {
    local pidfile pid
    pidfile=$(node_dir "$1")/elasticsearch.pid
    [ -f "$pidfile" ] || return 1
    pid=$(cat "$pidfile")
    [ -n "$pid" ] && grep -qa org.elasticsearch "/proc/$pid/cmdline" 2>/dev/null || return 1
    echo "$pid"
}

# The first master is elected from cluster.initial_master_nodes only while the data paths are
# empty; once the cluster has formed the setting must go, or wiped data could bootstrap another.
bootstrap_setting() {
    if [ -z "$(ls -A "$1/data" 2>/dev/null)" ]; then echo "cluster.initial_master_nodes: [$2]"; fi
}

write_node_config() {
    local n=$1 dir seeds="" masters="" i
    dir=$(node_dir "$n")
    mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
    rm -rf "$dir/config"
    cp -r "$DIST_DIR/config" "$dir/config"
    for i in $(seq "$CLUSTER_NODES"); do
        seeds+="${seeds:+, }\"127.0.0.1:$(node_transport_port "$i")\""
        masters+="${masters:+, }$CLUSTER_NAME_MULTI-$i"
    done
    cat >"$dir/config/elasticsearch.yml" <<EOF
# Written by scripts/elasticsearch.sh cluster on every start; edit the script, not this file.
cluster.name: $CLUSTER_NAME_MULTI
node.name: $CLUSTER_NAME_MULTI-$n
network.host: 127.0.0.1
http.port: $(node_http_port "$n")
transport.port: $(node_transport_port "$n")
discovery.seed_hosts: [$seeds]
$(bootstrap_setting "$dir" "$masters")
path.data: $dir/data
path.logs: $dir/logs
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
# Three nodes share two cores: each sizes its thread pools for one.
node.processors: 1
EOF
}

start_node() {
    local n=$1 dir
    dir=$(node_dir "$n")
    if node_pid "$n" >/dev/null; then return; fi
    write_node_config "$n"
    if [ "$(id -u)" -eq 0 ]; then chown -R "$ES_USER:" "$dir"; fi
    log "starting cluster node $n on 127.0.0.1:$(node_http_port "$n") (heap $ES_CLUSTER_HEAP)"
    if ! as_es_user env ES_JAVA_HOME="$JDK" ES_PATH_CONF="$dir/config" \
        ES_JAVA_OPTS="-Xms$ES_CLUSTER_HEAP -Xmx$ES_CLUSTER_HEAP" ES_TMPDIR="$dir/tmp" \
        "$DIST_DIR/bin/elasticsearch" -d -p "$dir/elasticsearch.pid" >"$dir/console.log" 2>&1; then
        log "cluster node $n failed to start; last lines of its output ($dir/console.log):"
        tail -n 60 "$dir/console.log" >&2
        exit 1
    fi
}

stop_node() {
    local n=$1 pid
    pid=$(node_pid "$n") || return 0
    kill -TERM "$pid"
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
    rm -f "$(node_dir "$n")/elasticsearch.pid"
    log "stopped cluster node $n (pid $pid)"
}

# Waits until the nodes that run form one cluster of that many nodes, at least yellow.
wait_for_cluster() {
    local running=0 i port="" deadline=$((SECONDS + START_TIMEOUT))
    for i in $(seq "$CLUSTER_NODES"); do
        if node_pid "$i" >/dev/null; then running=$((running + 1)); port=$(node_http_port "$i"); fi
    done
    [ "$running" -gt 0 ] || return 0
    until curl -fsS --max-time 10 \
        "http://127.0.0.1:$port/_cluster/health?wait_for_nodes=$running&wait_for_status=yellow&timeout=5s" \
        >/dev/null 2>&1; do
        local alive=0
        for i in $(seq "$CLUSTER_NODES"); do if node_pid "$i" >/dev/null; then alive=$((alive + 1)); fi; done
        if [ "$SECONDS" -ge "$deadline" ] || [ "$alive" -lt "$running" ]; then
            log "the cluster did not form (${alive} of ${running} nodes alive after $((SECONDS - deadline + START_TIMEOUT))s); last log lines of each node:"
            for i in $(seq "$CLUSTER_NODES"); do
                tail -n 20 "$(node_dir "$i")/logs/$CLUSTER_NAME_MULTI.log" >&2 2>/dev/null || true
            done
            exit 1
        fi
        sleep 1
    done
}

prepare_cluster() {
    command -v mvn >/dev/null || die "mvn not found"
    command -v unzip >/dev/null || die "unzip not found"
    JDK=$(find_jdk)
    mkdir -p "$ES_HOME_DIR/logs" "$CLUSTER_DIR"
    cd "$ES_HOME_DIR"
    ensure_distribution
    ensure_plugin
    prepare_user
}

cluster_urls() {
    local i urls=""
    for i in $(seq "$CLUSTER_NODES"); do urls+="${urls:+,}http://127.0.0.1:$(node_http_port "$i")"; done
    echo "$urls"
}

node_number() {
    [[ "${1:-}" =~ ^[1-3]$ ]] || die "usage: cluster start-node|stop-node 1|2|3"
    echo "$1"
}

cmd_cluster() {
    local started=$SECONDS i n
    case "${1:-}" in
        start)
            for i in $(seq "$CLUSTER_NODES"); do
                if ! node_pid "$i" >/dev/null && curl -s --max-time 5 -o /dev/null "http://127.0.0.1:$(node_http_port "$i")"; then
                    die "something else already answers on http://127.0.0.1:$(node_http_port "$i")"
                fi
            done
            prepare_cluster
            # Together: a node alone waits for the others to reach a quorum before it is up.
            local starting=()
            for i in $(seq "$CLUSTER_NODES"); do start_node "$i" & starting+=($!); done
            for i in "${starting[@]}"; do wait "$i" || exit 1; done
            wait_for_cluster
            log "cluster of $CLUSTER_NODES nodes running at $(cluster_urls), started in $((SECONDS - started))s"
            ;;
        stop) for i in $(seq "$CLUSTER_NODES"); do stop_node "$i"; done ;;
        start-node)
            n=$(node_number "${2:-}")
            prepare_cluster
            start_node "$n"
            wait_for_cluster
            log "cluster node $n back in $((SECONDS - started))s"
            ;;
        stop-node) n=$(node_number "${2:-}"); stop_node "$n" ;;
        status)
            for i in $(seq "$CLUSTER_NODES"); do
                if node_pid "$i" >/dev/null; then
                    echo "node $i: running, http://127.0.0.1:$(node_http_port "$i")"
                else
                    echo "node $i: not running"
                fi
            done
            ;;
        urls) cluster_urls ;;
        *) echo "usage: $0 cluster start|stop|status|urls|start-node N|stop-node N" >&2; exit 2 ;;
    esac
}

# Root: create the unprivileged user and let it reach and own ES_HOME_DIR.
prepare_user() {
    [ "$(id -u)" -eq 0 ] || return 0
    id -u "$ES_USER" >/dev/null 2>&1 ||
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
    # Every parent directory must be traversable (e.g. a checkout under /root, which is 0700).
    local dir=$ES_HOME_DIR parents=()
    while [ "$dir" != / ]; do dir=$(dirname "$dir"); parents=("$dir" "${parents[@]}"); done
    for dir in "${parents[@]}"; do
        if ! runuser -u "$ES_USER" -- test -x "$dir"; then
            log "granting others search (o+x) permission on $dir so $ES_USER can reach $ES_HOME_DIR"
            chmod o+x "$dir"
        fi
    done
    chown -R "$ES_USER:" "$ES_HOME_DIR"
}

wait_until_healthy() {
    local deadline=$((SECONDS + START_TIMEOUT))
    until curl -fsS --max-time 10 "$URL/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1; do
        if ! es_pid >/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
            log "Elasticsearch did not become healthy within ${START_TIMEOUT}s; last log lines ($ES_LOG):"
            tail -n 60 "$ES_LOG" >&2 2>/dev/null || true
            exit 1
        fi
        sleep 1
    done
}

cmd_start() {
    local started=$SECONDS pid
    if pid=$(es_pid); then
        wait_until_healthy
        log "already running (pid $pid) at $URL"
        if [ "$(cat "$DIST_DIR/.$PLUGIN_NAME.sha256" 2>/dev/null)" != "$(plugin_hash)" ]; then
            log "note: $PLUGIN_NAME sources changed; run stop, then start, to rebuild it"
        fi
        return
    fi
    if curl -s --max-time 5 -o /dev/null "$URL"; then
        die "something else already answers on $URL"
    fi
    command -v mvn >/dev/null || die "mvn not found"
    command -v unzip >/dev/null || die "unzip not found"
    JDK=$(find_jdk)
    mkdir -p "$ES_HOME_DIR/data" "$ES_HOME_DIR/logs" "$ES_HOME_DIR/run" "$ES_HOME_DIR/tmp"
    cd "$ES_HOME_DIR" # no pom.xml here, so `mvn dependency:copy` runs without a project
    ensure_distribution
    ensure_plugin
    write_config
    prepare_user
    log "starting Elasticsearch $ES_VERSION (heap $ES_HEAP, $JDK)"
    # -d returns once the node has started or failed; its console output (the startup log and
    # any CLI error) goes to a file, shown only on failure.
    # ES_TMPDIR: otherwise every start leaves an elasticsearch-<random> directory in /tmp.
    if ! as_es_user env ES_JAVA_HOME="$JDK" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" ES_TMPDIR="$ES_HOME_DIR/tmp" \
        "$DIST_DIR/bin/elasticsearch" -d -p "$PIDFILE" >"$CONSOLE_LOG" 2>&1; then
        log "Elasticsearch failed to start; last lines of its output ($CONSOLE_LOG):"
        tail -n 60 "$CONSOLE_LOG" >&2
        exit 1
    fi
    wait_until_healthy
    log "running (pid $(es_pid)) at $URL, status $(cluster_status), started in $((SECONDS - started))s"
}

cmd_stop() {
    local pid
    if ! pid=$(es_pid); then
        log "not running"
        rm -f "$PIDFILE"
        return
    fi
    kill -TERM "$pid"
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still running after 60s, killing pid $pid"
        kill -KILL "$pid"
    fi
    rm -f "$PIDFILE"
    log "stopped (pid $pid)"
}

cmd_status() {
    local pid
    if pid=$(es_pid); then
        echo "running: pid $pid, $URL, cluster status $(cluster_status || true)"
    else
        echo "not running"
        return 3
    fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    cluster) shift; cmd_cluster "$@" ;;
    *) echo "usage: $0 start|stop|status|cluster …" >&2; exit 2 ;;
esac
