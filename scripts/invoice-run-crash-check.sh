#!/usr/bin/env bash
# Kills the server in the middle of an invoice run and restarts the run (issue 7, "Restart"): the
# restarted run must end with exactly what an uninterrupted run of the same work gives — the same
# invoices and totals per client, contiguous numbers, every item on exactly one line, every invoice
# rendered and e-mailed once.
#
# It needs a build (mvn package) and Debian's MariaDB server binaries. It runs its own throw-away
# MariaDB on 127.0.0.1:3398 and a copy of the provisioned server with the port offset 700 (HTTP
# 8780, management 10690), so it can run beside another server. Usage: scripts/invoice-run-crash-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d -t omex-crash-XXXXXX)
db_port=3398
http=8780
controller=127.0.0.1:10690
clients=300
items_per_client=30
ear=ear/target/omex.ear
[ -f "$ear" ] || { echo "Build first: mvn package -DskipTests" >&2; exit 2; }

sql() { mariadb --protocol=tcp -h 127.0.0.1 -P $db_port -u root -N -B omex -e "$1"; }
cli() { "$work/server/bin/jboss-cli.sh" -c --controller=$controller --command="$1"; }
fail() { echo "FAILED: $*" >&2; echo "server log: $work/server/standalone/log/server.log" >&2; exit 1; }
api() { curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
server_pid() { pgrep -f "jboss.home.dir=$work/server" | head -1; }
start_server() {
  (nohup "$work/server/bin/standalone.sh" > "$work/console-$1.log" 2>&1 &)
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/api/v1/health")" = 200 ] && return 0
    sleep 1
  done
  return 1
}
cleanup() {
  pid=$(server_pid || true)
  [ -n "${pid:-}" ] && kill -9 "$pid" 2>/dev/null || true
  mariadb-admin --protocol=tcp -h 127.0.0.1 -P $db_port -u root shutdown >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== preparing a database on port $db_port and a copy of the server in $work"
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$work/db" \
  --auth-root-authentication-method=normal > "$work/install.log" 2>&1
(mariadbd --no-defaults --user="$(id -un)" --datadir="$work/db" --port=$db_port \
  --bind-address=127.0.0.1 --socket="$work/mysqld.sock" --pid-file="$work/mysqld.pid" \
  > "$work/db.log" 2>&1 &)
for _ in $(seq 1 30); do
  mariadb-admin --protocol=tcp -h 127.0.0.1 -P $db_port -u root ping >/dev/null 2>&1 && break
  sleep 1
done
cp -r ear/target/server "$work/server"
export JAVA_OPTS="-Xms256m -Xmx1g -Domex.db.url=jdbc:mariadb://127.0.0.1:$db_port/omex -Domex.demo=true -Djboss.socket.binding.port-offset=700"
unset DB_URL DB_USER DB_PASSWORD

echo "== 1. the platform with $clients clients x $items_per_client remote sessions on each of two days"
(nohup "$work/server/bin/standalone.sh" > "$work/console-0.log" 2>&1 &)
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/api/v1/health")" != 000 ] && break
  sleep 1
done
cli "deploy --force $ear" > /dev/null
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/api/v1/health")" = 200 ] && break
  sleep 1
done
token="omx_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
sql "insert into api_token (user_id, name, token_hash, prefix, created_at)
     select id, 'crash check', sha2('$token', 256), left('$token', 10), utc_timestamp(3)
     from app_user where username = 'operator'"
whole=$(date -d '-6 days' +%F)
killed=$(date -d '-5 days' +%F)
for side in 1 2; do
  sql "insert into client (name, uic, street, city, postcode, email, created_at)
       select concat('Срив $side ', seq), concat('8$side', lpad(seq, 7, '0')), 'ул. Тестова 1', 'София',
              '1000', concat('crash', seq, '@example.com'), utc_timestamp(3) from seq_1_to_$clients"
done
for pair in "1:$whole" "2:$killed"; do
  side=${pair%%:*}; day=${pair#*:}
  sql "insert into billable_item (source_key, client_id, service_type, work_mode, done_on, minutes,
         quantity, description_bg, status, registered_at)
       select concat('crash:$side:', c.id, ':', s.seq), c.id, 'REMOTE', 'REMOTE', '$day',
              15 * (1 + (cast(substring_index(c.name, ' ', -1) as unsigned) + s.seq) mod 6), 1,
              'Отдалечена консултация', 'OPEN', utc_timestamp(3)
       from client c join seq_1_to_$items_per_client s where c.name like 'Срив $side %'"
done

echo "== 2. an uninterrupted run for $whole"
id=$(api -X POST -d "{\"billingDate\":\"$whole\",\"dryRun\":false,\"itemCount\":2}" \
  "http://127.0.0.1:$http/api/v1/batch/invoice-runs" | field "['executionId']")
for _ in $(seq 1 300); do
  status=$(api "http://127.0.0.1:$http/api/v1/batch/executions/$id" | field "['status']")
  [ "$status" = COMPLETED ] && break
  sleep 1
done
[ "$status" = COMPLETED ] || fail "the uninterrupted run ended $status"

echo "== 3. a run for $killed, killed in the middle of its invoice step"
before=$(sql "select last_number from invoice_counter where issuer = 'OMEX'")
id=$(api -X POST -d "{\"billingDate\":\"$killed\",\"dryRun\":false,\"itemCount\":2}" \
  "http://127.0.0.1:$http/api/v1/batch/invoice-runs" | field "['executionId']")
instance=$(sql "select jobinstanceid from JOB_EXECUTION where jobexecutionid = $id")
for _ in $(seq 1 600); do
  done_so_far=$(sql "select coalesce(max(processed), 0) from job_progress where job_instance_id = $instance")
  [ "$done_so_far" -ge $((clients / 4)) ] && break
  sleep 0.1
done
kill -9 "$(server_pid)"
echo "   killed the server after $done_so_far of $clients clients"
[ "$done_so_far" -lt "$clients" ] || fail "the run ended before the kill"
sleep 2

echo "== 4. server started again; the run restarted over the API"
start_server 2 || fail "the server did not come back"
restarted=$(api -X POST "http://127.0.0.1:$http/api/v1/batch/executions/$id/restart")
new_id=$(echo "$restarted" | field "['executionId']") || fail "restart refused: $restarted"
for _ in $(seq 1 300); do
  status=$(api "http://127.0.0.1:$http/api/v1/batch/executions/$new_id" | field "['status']")
  [ "$status" = COMPLETED ] && break
  sleep 1
done
[ "$status" = COMPLETED ] || fail "the restarted run ended $status"

echo "== 5. the killed and restarted run against the uninterrupted one"
per_client() {
  sql "select c.name, count(distinct i.id), sum(l.tax_base), count(l.id),
              (select sum(total) from invoice j where j.client_id = c.id)
       from client c join invoice i on i.client_id = c.id join invoice_line l on l.invoice_id = i.id
       where c.name like 'Срив $1 %' group by c.id order by c.id" | cut -f2-
}
diff <(per_client 1) <(per_client 2) > "$work/diff.txt" || fail "the runs differ: $(head "$work/diff.txt")"
invoices=$(sql "select count(*) from invoice where run_date = '$killed'")
ours=$(sql "select count(*) from invoice i join client c on c.id = i.client_id
            where i.run_date = '$killed' and c.name like 'Срив 2 %'")
after=$(sql "select last_number from invoice_counter where issuer = 'OMEX'")
[ "$ours" = "$clients" ] || fail "$ours invoices for $clients clients"
[ $((after - before)) = "$invoices" ] || fail "numbers used: $((after - before)), invoices: $invoices"
gaps=$(sql "select count(*) from invoice where number > lpad($before, 10, '0') and number <= lpad($after, 10, '0')")
[ "$gaps" = "$invoices" ] || fail "the numbers $before..$after are not all used by invoices"
lines=$(sql "select count(*) from invoice_line l join billable_item b on b.id = l.billable_item_id
             where b.source_key like 'crash:2:%'")
[ "$lines" = $((clients * items_per_client)) ] || fail "$lines lines for $((clients * items_per_client)) items"
open=$(sql "select count(*) from billable_item where source_key like 'crash:2:%' and status <> 'INVOICED'")
[ "$open" = 0 ] || fail "$open items not invoiced"
docs=$(sql "select count(*) from invoice_document d join invoice i on i.id = d.invoice_id
            where i.run_date = '$killed'")
[ "$docs" = $((3 * invoices)) ] || fail "$docs documents for $invoices invoices (PDF, XML, MAILED each)"
echo "   $invoices invoices ($before..$after, no gap), $lines lines, $docs documents; per client" \
     "the same invoices, lines and totals as the uninterrupted run"
echo "== passed (logs in $work/server/standalone/log)"
