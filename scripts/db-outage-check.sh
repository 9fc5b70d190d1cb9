#!/usr/bin/env bash
# Checks that the platform survives a database outage (issue 2, "Bad input"): with the database
# down at server start the server keeps running and GET /api/v1/health answers 503 DOWN; once the
# database is back the platform works again without anyone restarting the server. Then the same
# for an outage while the platform runs.
#
# It needs a build (mvn package) and Debian's MariaDB server binaries. It runs its own throw-away
# MariaDB on 127.0.0.1:3399 and a copy of the provisioned server on the usual ports 8080/9990, so
# stop any other WildFly first. Usage: scripts/db-outage-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d -t omex-outage-XXXXXX)
db_port=3399
ear=ear/target/omex.ear
[ -f "$ear" ] || { echo "Build first: mvn package -DskipTests" >&2; exit 2; }

db() {
  case "$1" in
    start)
      (mariadbd --no-defaults --user="$(id -un)" --datadir="$work/db" --port=$db_port \
        --bind-address=127.0.0.1 --socket="$work/mysqld.sock" --pid-file="$work/mysqld.pid" \
        > "$work/db.log" 2>&1 &)
      for _ in $(seq 1 30); do
        mariadb-admin --protocol=tcp -h 127.0.0.1 -P $db_port -u root ping >/dev/null 2>&1 && return 0
        sleep 1
      done
      echo "database did not start" >&2; return 1 ;;
    stop) mariadb-admin --protocol=tcp -h 127.0.0.1 -P $db_port -u root shutdown ;;
  esac
}
status() { curl -s -o "$work/body" -w '%{http_code}' "http://127.0.0.1:8080$1" || true; }
fail() { echo "FAILED: $*" >&2; echo "server log: $work/server/standalone/log/server.log" >&2; exit 1; }
cleanup() {
  [ -x "$work/server/bin/jboss-cli.sh" ] && "$work/server/bin/jboss-cli.sh" -c --command=:shutdown >/dev/null 2>&1 || true
  mariadb-admin --protocol=tcp -h 127.0.0.1 -P $db_port -u root shutdown >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== preparing a database on port $db_port and a copy of the server in $work"
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$work/db" \
  --auth-root-authentication-method=normal > "$work/install.log" 2>&1
cp -r ear/target/server "$work/server"
export JAVA_OPTS="-Xms256m -Xmx1g -Domex.db.url=jdbc:mariadb://127.0.0.1:$db_port/omex -Domex.demo=true"
unset DB_URL DB_USER DB_PASSWORD

echo "== 1. database up: install the platform"
db start
(nohup "$work/server/bin/standalone.sh" > "$work/console-1.log" 2>&1 &)
for _ in $(seq 1 60); do [ "$(status /api/v1/health)" != 000 ] && break; sleep 1; done
"$work/server/bin/jboss-cli.sh" -c --command="deploy --force $ear" > /dev/null
[ "$(status /api/v1/health)" = 200 ] || fail "health is not 200 with the database up: $(cat "$work/body")"
"$work/server/bin/jboss-cli.sh" -c --command=:shutdown > /dev/null
sleep 3

echo "== 2. database down, server starts"
db stop
SECONDS=0
(nohup "$work/server/bin/standalone.sh" > "$work/console-2.log" 2>&1 &)
for _ in $(seq 1 90); do [ "$(status /api/v1/health)" != 000 ] && break; sleep 1; done
code=$(status /api/v1/health)
echo "   health after ${SECONDS}s: $code $(cat "$work/body")"
[ "$code" = 503 ] || fail "health should be 503 with the database down"
grep -q '"database":"DOWN"' "$work/body" || fail "health should say the database is DOWN"
sleep 15
[ "$(status /api/v1/health)" = 503 ] || fail "the server should still be running and answering"

echo "== 3. database back"
db start
SECONDS=0
for _ in $(seq 1 120); do [ "$(status /api/v1/health)" = 200 ] && break; sleep 1; done
code=$(status /api/v1/health)
echo "   health ${SECONDS}s after the database returned: $code $(cat "$work/body")"
[ "$code" = 200 ] || fail "health should be 200 once the database is back"
[ "$(status /login.xhtml)" = 200 ] || fail "the sign-in page should answer"
[ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/api/v1/me)" = 401 ] || fail "the API should answer"
grep -q "reloading the server" "$work/server/standalone/log/server.log" || fail "expected a recovery reload"

echo "== 4. database down while running, then back"
db stop
sleep 2
[ "$(status /api/v1/health)" = 503 ] || fail "health should be 503 while the database is down"
[ "$(status /login.xhtml)" = 200 ] || fail "the sign-in page needs no database and should answer"
db start
SECONDS=0
for _ in $(seq 1 60); do [ "$(status /api/v1/health)" = 200 ] && break; sleep 1; done
[ "$(status /api/v1/health)" = 200 ] || fail "health should be 200 again"
echo "   health ${SECONDS}s after the database returned: 200"
echo "== passed: the platform recovered without a restart (logs in $work/server/standalone/log)"
