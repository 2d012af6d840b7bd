#!/usr/bin/env bash
# Make sure the PostgreSQL (127.0.0.1:5432, db `test`) and Redis (127.0.0.1:6379) the
# contract tests use are running; start them if they are installed but stopped; fail loudly
# otherwise. Tests never silently skip them in CI.
set -euo pipefail

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

if ! pg_up; then
  echo "ensure-services: PostgreSQL is not answering, starting it" >&2
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  fi
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || { echo "ensure-services: PostgreSQL is not running on 127.0.0.1:5432" >&2; exit 1; }
fi

if ! redis_up; then
  echo "ensure-services: Redis is not answering, starting it" >&2
  if command -v redis-server >/dev/null; then
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
      --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  fi
  for _ in $(seq 1 30); do redis_up && break; sleep 1; done
  redis_up || { echo "ensure-services: Redis is not running on 127.0.0.1:6379" >&2; exit 1; }
fi
# Janus (voice salons): the Debian package `janus` (1.1.x, GPL-3). Nothing is started
# here: each test run and each `papote serve` with `[voice] media_server = "auto"` starts
# its own private Janus with a generated config (loopback, free ports, random secrets).
if ! command -v janus >/dev/null; then
  echo "ensure-services: installing janus (voice salons)" >&2
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends janus >/dev/null ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends janus >/dev/null; }
  else
    sudo apt-get install -y --no-install-recommends janus >/dev/null
  fi
fi
command -v janus >/dev/null || { echo "ensure-services: janus could not be installed" >&2; exit 1; }
# The package's own service (default config: API on every interface) is not ours: where
# systemd runs it, stop it; Papote only runs Janus with its own loopback config.
if command -v systemctl >/dev/null && systemctl is-active --quiet janus 2>/dev/null; then
  systemctl disable --now janus >/dev/null 2>&1 || true
fi
echo "ensure-services: PostgreSQL and Redis are up, Janus is installed"
