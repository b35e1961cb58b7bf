#!/usr/bin/env bash
# The README's promise, tested as a new user meets it: on a fresh clone (no node_modules, no .cache,
# no dist) `npm install && npm start` serves the course, and `npm test` passes by itself.
#
# With --remove-browser (Debian, as root) it first removes Debian's chromium, so `npm test` has to
# install it on its own, as on a machine that never had one. Not part of `npm test`: it takes as long
# as a whole CI run and changes the machine's packages. CI can run it weekly:
#
#   bash scripts/fresh-machine.sh [--remove-browser]
#
# It prints the time each command took, and exits non-zero when either promise is broken.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-4455}
work=$(mktemp -d)
# nginx (the deploy-config spec) reads the build as its own user: mktemp makes the folder private.
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = --remove-browser ]; then
  echo "fresh-machine: removing Debian's chromium, so that npm test must get it itself"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq chromium >/dev/null || exit 1
  if command -v chromium >/dev/null 2>&1; then echo "fresh-machine: chromium is still there"; exit 1; fi
fi

git clone -q "$repo" "$work/async-lab" || exit 1
cd "$work/async-lab" || exit 1
echo "fresh-machine: a clean clone of $(git log -1 --format='%h %s' | cut -c1-72) in $work"

started=$(date +%s)
npm install --no-audit --no-fund --loglevel=error || { echo "fresh-machine: npm install failed"; exit 1; }
installed=$(date +%s)

# npm start builds, then serves; it runs in a session of its own so that stopping it stops the server.
PORT=$port setsid npm start >start.log 2>&1 &
server=$!
served=""
for _ in $(seq 1 300); do
  if grep -q "being served at" start.log; then served=yes; break; fi
  if ! kill -0 "$server" 2>/dev/null; then break; fi
  sleep 1
done
ready=$(date +%s)
page=$(curl -fsS "http://127.0.0.1:$port/zh-cn/lessons/event-loop/" || true)
kill -TERM -- "-$server" 2>/dev/null
wait "$server" 2>/dev/null
if [ -z "$served" ] || ! grep -q '<html lang="zh-CN"' <<<"$page" || ! grep -q '事件循环' <<<"$page"; then
  echo "fresh-machine: npm start did not serve the course:"; tail -20 start.log; exit 1
fi
echo "fresh-machine: npm install $((installed - started)) s, npm start serving the zh-cn lesson after $((ready - installed)) s"

npm test
status=$?
echo "fresh-machine: npm test exited $status after $(($(date +%s) - ready)) s"
exit $status
