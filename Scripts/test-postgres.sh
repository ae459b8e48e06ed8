#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a free loopback port and prints its URL, or stops it.
#
#   Scripts/test-postgres.sh start DIR [--durable]   # prints postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable
#   Scripts/test-postgres.sh stop DIR                # stops the server and deletes DIR
#
# DIR must not exist yet. The server trusts local connections (no password): tests and benchmarks only.
# Without --durable, fsync and synchronous_commit are off (fast tests); with it, they stay on (benchmarks).
# initdb refuses to run as root, so as root the server runs as the `postgres` system user (Debian's package
# creates it).
set -euo pipefail

command=${1:?usage: test-postgres.sh start|stop DIR [--durable]}
dir=${2:?usage: test-postgres.sh start|stop DIR [--durable]}
bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (set PG_BINDIR)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
    [ ! -e "$dir" ] || { echo "$dir already exists" >&2; exit 1; }
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    durability=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
    if [ "${3:-}" = "--durable" ]; then durability=(-c fsync=on -c synchronous_commit=on); fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        -o "-k $dir -h 127.0.0.1 -p $port -c max_connections=200 ${durability[*]}" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
    ;;
stop)
    if [ -d "$dir/data" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: test-postgres.sh start|stop DIR [--durable]" >&2
    exit 2
    ;;
esac
