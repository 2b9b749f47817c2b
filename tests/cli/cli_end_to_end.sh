#!/usr/bin/env bash
# End to end through the programs as an operator and a script would use them: the server's
# console subcommands (create-user, reset-password, backup, verify-audit) and gridsafe-cli
# (login, status, towns, grids, grid-create, logout) with their exit codes and --json.
# Usage: cli_end_to_end.sh SERVER_BINARY CLI_BINARY
set -u
server_bin=$1
cli_bin=$2
work=$(mktemp -d)
passed=0
failed=0
server_pid=""

cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

check() { # description, command...
  local what=$1; shift
  if "$@"; then echo "PASS  $what"; passed=$((passed + 1)); else echo "FAIL  $what"; failed=$((failed + 1)); fi
}
exit_code_is() { # expected, command...
  local expected=$1; shift
  "$@" >/dev/null 2>&1
  [ "$?" -eq "$expected" ]
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_server() { # data dir, port, log, extra options...; sets server_pid and fingerprint
  local dir=$1 listen_port=$2 log=$3; shift 3
  "$server_bin" --data-dir "$dir" --listen "127.0.0.1:$listen_port" --language en "$@" >"$log" 2>&1 &
  server_pid=$!
  fingerprint=""
  for _ in $(seq 1 100); do
    fingerprint=$(grep -oE '([0-9A-F]{2}:){31}[0-9A-F]{2}' "$log" || true)
    [ -n "$fingerprint" ] && break
    sleep 0.1
  done
}

port=$(free_port)
data="$work/server"
start_server "$data" "$port" "$work/server.log" --demo-minimal
check "server starts and prints its certificate fingerprint" test -n "$fingerprint"

cli() { "$cli_bin" --data-dir "$work/cli" "$@"; }

# Console: a new inspector, created while the server runs.
check "create-user adds an inspector of 遥观镇" \
  env GRIDSAFE_PASSWORD=new-inspector-pw "$server_bin" --data-dir "$data" --language en create-user \
  --username liuyang --role inspector --town 遥观镇 --display-name 刘洋
check "create-user refuses a town that does not exist (exit 2)" \
  exit_code_is 2 env GRIDSAFE_PASSWORD=new-inspector-pw "$server_bin" --data-dir "$data" create-user \
  --username other --role operator --town 不存在镇
check "create-user refuses a weak password (exit 2)" \
  exit_code_is 2 env GRIDSAFE_PASSWORD=short "$server_bin" --data-dir "$data" create-user \
  --username weakling --role admin

check "login with a fingerprint written without colons, in lower case" \
  env GRIDSAFE_PASSWORD=new-inspector-pw "$cli_bin" --data-dir "$work/cli" login \
  --server "127.0.0.1:$port" --user liuyang --fingerprint "$(echo "$fingerprint" | tr -d ':' | tr 'A-F' 'a-f')"
check "status shows the new user" bash -c "\"$cli_bin\" --data-dir \"$work/cli\" status | grep -q 刘洋"
check "an inspector cannot create grids (exit 5)" \
  exit_code_is 5 cli grid-create --town 遥观镇 --name 网格员网格 --area 建农村
check "logout" cli logout
check "a command after logout asks for a login (exit 4)" exit_code_is 4 cli status

echo "$(printf 'gridsafe-yaoguan')" > "$work/password.txt"
check "login as the town operator with --password-file" \
  cli login --server "127.0.0.1:$port" --user yaoguan --fingerprint "$fingerprint" --password-file "$work/password.txt"
check "towns --json lists exactly the operator's town" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" towns --json | python3 -c 'import json,sys; t=json.load(sys.stdin); sys.exit(0 if [x[\"name\"] for x in t]==[\"遥观镇\"] else 1)'"
check "grid-create --json returns the new grid id" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" grid-create --town 遥观镇 --name 命令行网格 --area 建农村 --area 通济村 --json | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)[\"gridId\"] > 0 else 1)'"
check "grids shows the new grid with both areas" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" grids --town 遥观镇 | grep 命令行网格 | grep -q 通济村"
check "areas --json shows which grids cover each village" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" areas --town 遥观镇 --json | python3 -c 'import json,sys; a={x[\"name\"]: x[\"grids\"] for x in json.load(sys.stdin)}; sys.exit(0 if \"命令行网格\" in a[\"建农村\"] and a[\"钱家塘社区\"] == [] else 1)'"
check "gaps --json lists a village in no grid, the new grid without an inspector and the missing filing" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" gaps --town 遥观镇 --json | python3 -c 'import json,sys; g=[(x[\"kind\"], x[\"subject\"]) for x in json.load(sys.stdin)]; sys.exit(0 if (\"uncoveredArea\", \"钱家塘社区\") in g and (\"gridWithoutInspector\", \"命令行网格\") in g and (\"filingMissing\", \"遥观镇\") in g and (\"uncoveredArea\", \"建农村\") not in g else 1)'"
check "inspectors --json lists the town's inspectors (none yet in the demo)" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" inspectors --town 遥观镇 --json | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin) == [] else 1)'"
check "a duplicate grid name is refused before it is sent (exit 5)" \
  exit_code_is 5 cli grid-create --town 遥观镇 --name 命令行网格 --area 建农村
check "another town is not visible to the operator (exit 2)" \
  exit_code_is 2 cli grid-create --town 横林镇 --name 越权 --area 崔桥村
check "grid-create without --area is a usage error (exit 2)" \
  exit_code_is 2 cli grid-create --town 遥观镇 --name 无范围
check "a wrong password is refused (exit 4)" \
  exit_code_is 4 env GRIDSAFE_PASSWORD=wrong-password "$cli_bin" --data-dir "$work/cli2" login \
  --server "127.0.0.1:$port" --user yaoguan --fingerprint "$fingerprint"
check "a wrong pinned fingerprint is refused as a changed certificate (exit 7)" \
  exit_code_is 7 env GRIDSAFE_PASSWORD=gridsafe-yaoguan "$cli_bin" --data-dir "$work/cli3" login \
  --server "127.0.0.1:$port" --user yaoguan --fingerprint "$(echo "$fingerprint" | sed 's/^../00/')"
check "an unreachable server is a network error (exit 3)" \
  exit_code_is 3 env GRIDSAFE_PASSWORD=x1234567890 "$cli_bin" --data-dir "$work/cli4" login \
  --server "127.0.0.1:1" --user yaoguan --fingerprint "$fingerprint"

# The enterprise register from a town's file: a GB18030 CSV with three valid rows and five bad ones.
gbk="$(cd "$(dirname "$0")/../data" && pwd)/enterprises-import-gbk.csv"
check "import-enterprises of a missing file is bad input (exit 2)" \
  exit_code_is 2 cli import-enterprises "$work/no-such-list.xlsx" --dry-run
check "import-enterprises --map naming no column of the file is bad input (exit 2)" \
  exit_code_is 2 cli import-enterprises "$gbk" --dry-run --map 不存在的列=name
check "import-enterprises --dry-run prints the columns, the summary and each bad row, and imports nothing (exit 5)" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" import-enterprises \"$gbk\" --dry-run >\"$work/import.out\" 2>/dev/null; [ \$? -eq 5 ] && grep -q '单位名称  →  Enterprise name' \"$work/import.out\" && grep -q '3 new, 0 updated' \"$work/import.out\" && grep -q '^Row 5, Village or community: ' \"$work/import.out\" && grep -q 'Dry run: nothing was imported' \"$work/import.out\""
check "import-enterprises without --skip-invalid imports nothing while rows have problems (exit 5)" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" import-enterprises \"$gbk\" >\"$work/import.out\" 2>/dev/null; [ \$? -eq 5 ] && grep -q 'skip-invalid' \"$work/import.out\""
check "import-enterprises --skip-invalid imports the three valid rows" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" import-enterprises \"$gbk\" --skip-invalid >\"$work/import.out\" 2>/dev/null && grep -q 'Created 3 and updated 0' \"$work/import.out\""
check "import-enterprises --dry-run --json again finds the three unchanged" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" import-enterprises \"$gbk\" --dry-run --json 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if r[\"summary\"][\"unchanged\"] == 3 and r[\"summary\"][\"creates\"] == 0 and len(r[\"problems\"]) == 5 and not r[\"committed\"] else 1)'"

# The server goes away: the CLI answers from its replica and queues changes (exit 6).
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""
check "status answers offline from the replica, saying so" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" status >\"$work/offline.out\" 2>\"$work/offline.err\" && grep -q 李静 \"$work/offline.out\" && grep -q Offline \"$work/offline.err\""
check "grids answers offline from the replica" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" grids --town 遥观镇 >\"$work/offline.out\" 2>/dev/null && grep -q 命令行网格 \"$work/offline.out\""
check "grid-create offline is saved in the outbox (exit 6)" \
  exit_code_is 6 cli grid-create --town 遥观镇 --name 离线网格 --area 钱家塘社区
check "grids shows the queued grid as pending" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" grids --town 遥观镇 --json 2>/dev/null | python3 -c 'import json,sys; g={x[\"name\"]: x for x in json.load(sys.stdin)}; sys.exit(0 if g[\"离线网格\"][\"pending\"] and g[\"离线网格\"][\"id\"] is None else 1)'"
check "a second grid of the same name is refused offline too, before it is queued (exit 5)" \
  exit_code_is 5 cli grid-create --town 遥观镇 --name 离线网格 --area 通济村
check "sync without the server is a network error (exit 3)" exit_code_is 3 cli sync
check "import-enterprises without the server says it needs the server (exit 3)" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" import-enterprises \"$gbk\" --dry-run >/dev/null 2>\"$work/import-offline.err\"; [ \$? -eq 3 ] && grep -q 'needs the server' \"$work/import-offline.err\""
start_server "$data" "$port" "$work/server-again.log"
check "sync sends the queued grid once the server is back" cli sync
check "the server has the grid made offline" \
  bash -c "\"$cli_bin\" --data-dir \"$work/cli\" grids --town 遥观镇 --json | python3 -c 'import json,sys; g={x[\"name\"]: x for x in json.load(sys.stdin)}; sys.exit(0 if not g[\"离线网格\"][\"pending\"] and g[\"离线网格\"][\"id\"] > 0 else 1)'"

check "reset-password ends the old password" \
  env GRIDSAFE_PASSWORD=changed-password "$server_bin" --data-dir "$data" reset-password --username liuyang
check "the new password works" \
  env GRIDSAFE_PASSWORD=changed-password "$cli_bin" --data-dir "$work/cli5" login \
  --server "127.0.0.1:$port" --user liuyang --fingerprint "$fingerprint"
check "backup writes a copy while the server runs" \
  "$server_bin" --data-dir "$data" backup "$work/backup.sqlite"
check "verify-audit finds the chain intact" "$server_bin" --data-dir "$data" verify-audit
check "restore is refused while the server runs (exit 4)" \
  exit_code_is 4 "$server_bin" --data-dir "$data" restore "$work/backup.sqlite"

# A real deployment, without --demo: the district and its regions from the console, an
# operator, and that operator at work.
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""
fresh="$work/fresh"
printf '区划代码,名称,类型,上级\n320412104,遥观镇,镇,\n320412104200,渔庄村,村,遥观镇\n,坏行,村落,遥观镇\n' >"$work/bad.csv"
printf '区划代码,名称,类型,上级\n320412104,遥观镇,镇,\n320412104200,渔庄村,村,遥观镇\n320412104201,建农村,村,遥观镇\n' >"$work/regions.csv"
check "import-regions before init is refused (exit 2)" \
  exit_code_is 2 "$server_bin" --data-dir "$fresh" --language en import-regions "$work/regions.csv"
check "init creates the district" \
  "$server_bin" --data-dir "$fresh" --language en init --district 常州经开区 --code 320412
check "a second init is refused (exit 2)" \
  exit_code_is 2 "$server_bin" --data-dir "$fresh" --language en init --district 另一个区
# (Output to a file first: grep -q would stop reading early and the server could die of SIGPIPE.)
check "a list with a bad row is refused whole, naming the row (exit 2)" \
  bash -c "\"$server_bin\" --data-dir \"$fresh\" --language en import-regions \"$work/bad.csv\" >\"$work/bad.out\" 2>&1; [ \$? -eq 2 ] && grep -q 'Row 4' \"$work/bad.out\""
check "import-regions creates the towns and villages" \
  "$server_bin" --data-dir "$fresh" --language en import-regions "$work/regions.csv"
check "create-user makes an operator of the imported town" \
  env GRIDSAFE_PASSWORD=real-operator-pw "$server_bin" --data-dir "$fresh" --language en create-user \
  --username zhouming --role operator --town 遥观镇 --display-name 周明
fresh_port=$(free_port)
start_server "$fresh" "$fresh_port" "$work/fresh.log"
check "the operator of a server set up without demo data logs in" \
  env GRIDSAFE_PASSWORD=real-operator-pw "$cli_bin" --data-dir "$work/cli6" login \
  --server "127.0.0.1:$fresh_port" --user zhouming --fingerprint "$fingerprint"
check "and creates a grid over an imported village" \
  "$cli_bin" --data-dir "$work/cli6" grid-create --town 遥观镇 --name 渔庄村网格 --area 渔庄村
check "verify-audit finds the fresh server's chain intact" "$server_bin" --data-dir "$fresh" verify-audit

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
