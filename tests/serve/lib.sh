# Shared by the tests that need a Virtuoso (tests/serve/run.sh,
# tests/virtuoso/run.sh, tests/sparql/): `dialoguekg serve` starts it, so
# the tests use the same virtuoso.ini, bulk load and safety settings as a
# user does.  Source it with $dkg set; it defines
#   free_port         a port of 127.0.0.1 free now, from $DKG_TEST_PORTS
#                     (default 18500-18599), else any free one
#   serve_start DIR ARGS...   starts `dialoguekg serve --store DIR`,
#                     sets $serve_base (http://127.0.0.1:PORT) and
#                     $serve_password (the dba password file)
#   serve_cleanup     stops every server started here, by its pid
# and an EXIT trap that calls serve_cleanup.

serve_dirs=()

free_port() {
  /usr/bin/python3 - "${DKG_TEST_PORTS:-18500-18599}" <<'PY'
import random, socket, sys
lo, hi = map(int, sys.argv[1].split("-"))
ports = list(range(lo, hi + 1))
random.shuffle(ports)
for port in ports + [0]:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        print(s.getsockname()[1])
        break
    except OSError:
        pass
    finally:
        s.close()
PY
}

serve_start() { # DIR ARGS...
  local dir=$1
  shift
  local port
  port=$(free_port)
  serve_dirs+=("$dir")
  if ! "$dkg" serve --store "$dir" --port "$port" "$@" >"$dir.serve.out" 2>&1; then
    echo "FAIL: dialoguekg serve --store $dir failed:"
    cat "$dir.serve.out"
    tail -20 "$dir/virtuoso/server.log" "$dir/virtuoso/setup.log" 2>/dev/null
    return 1
  fi
  serve_base="http://127.0.0.1:$port"
  serve_password="$dir/virtuoso/dba-password"
}

serve_cleanup() {
  local dir pid
  for dir in "${serve_dirs[@]}"; do
    "$dkg" serve --stop --store "$dir" >/dev/null 2>&1
    # If serve --stop could not (a broken build), the pid file still has it.
    pid=$(cat "$dir/virtuoso/virtuoso.pid" 2>/dev/null)
    if [ -n "$pid" ] && grep -q virtuoso-t "/proc/$pid/cmdline" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null
    fi
  done
}
