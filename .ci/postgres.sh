#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the store tests.
#
#   eval "$(bash .ci/postgres.sh)"        # installs (apt-get) if needed, starts, exports the DSN
#   bash .ci/postgres.sh stop             # stops the server started above and deletes its data
#
# stdout carries only `export NAME=value` lines (SAIDWHAT_TEST_POSTGRES, SAIDWHAT_PG_DATA);
# progress goes to stderr. The cluster lives in a temporary directory, owned by the
# `postgres` system user, listening on 127.0.0.1 only, port $SAIDWHAT_PG_PORT (default 55432).
set -euo pipefail
log() { echo "postgres.sh: $*" >&2; }

if [ "${1:-}" = "stop" ]; then
  data="${SAIDWHAT_PG_DATA:?set SAIDWHAT_PG_DATA (printed when the server started)}"
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
  rm -rf "$(dirname "$data")"
  exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  log "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres

port="${SAIDWHAT_PG_PORT:-55432}"
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do  # taken: try the next one
  port=$((port + 1))
done
root=$(mktemp -d /tmp/saidwhat-pg.XXXXXX)
data="$root/data"
chown postgres: "$root"
chmod 700 "$root"
log "initdb in $data ($("$bin/postgres" --version))"
runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 >/dev/null 2>&1 || runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres \
  --auth=trust --encoding=UTF8 --locale=C >&2
# throwaway: no fsync, loopback only, socket in the cluster's own directory
runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root -c fsync=off -c full_page_writes=off" \
  start >&2 || { cat "$root/server.log" >&2; exit 1; }
runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres saidwhat_test >&2
dsn="postgresql://postgres@127.0.0.1:$port/saidwhat_test"
log "server up: $dsn"
echo "export SAIDWHAT_TEST_POSTGRES='$dsn'"
echo "export SAIDWHAT_PG_DATA='$data'"
