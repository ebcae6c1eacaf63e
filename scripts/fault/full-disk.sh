#!/usr/bin/env bash
# Store faults that need root (mount): a full disk (a 256 KiB tmpfs) and a read-only folder.
#   sudo scripts/fault/full-disk.sh        prints what happened and exits 0 when every check held
# Checks: every save either lands whole or is reported as not saved; nothing acknowledged is lost
# (all of it is found after a restart, on the full disk and read-only); a start on a read-only
# folder, even with a damaged snapshot, runs read-only and says so instead of failing.
# Exit 77 (skipped) when not root.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  echo "full-disk.sh: needs root to mount a small tmpfs; skipped" >&2
  exit 77
fi
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/objector-fault-XXXXXX)
mnt="$work/data"
mkdir "$mnt"
mount -t tmpfs -o size=256k,mode=0700 tmpfs "$mnt"
cleanup() { umount "$mnt" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
driver=scripts/fault/store-driver.mjs

# 1. A full disk: add accounts until the disk is full, and keep going.
node "$driver" act "$mnt" 2500 40 >"$work/acts.txt"
acked=$(grep -c '^ack ' "$work/acts.txt" || true)
refused=$(grep -c '^refused ' "$work/acts.txt" || true)
reasons=$(grep '^refused ' "$work/acts.txt" | awk '{print $3}' | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
node "$driver" check "$mnt" >"$work/full.json"

# 2. The same folder read-only: the state is all there, nothing can be saved, and the app says why.
mount -o remount,ro "$mnt"
node "$driver" check "$mnt" >"$work/ro.json"

# 3. Read-only with a damaged snapshot: never moved (it cannot be), the generations and journal are read.
mount -o remount,rw "$mnt"
if [ -f "$mnt/objector-state.json" ]; then printf '{"broken' >"$mnt/objector-state.json"; fi
mount -o remount,ro "$mnt"
node "$driver" check "$mnt" >"$work/ro-damaged.json"

node - "$work" "$acked" <<'JS'
const { readFileSync } = require('node:fs');
const [work, ackedText] = process.argv.slice(2);
const acts = readFileSync(`${work}/acts.txt`, 'utf8').trim().split('\n');
const acked = acts.filter((line) => line.startsWith('ack ')).map((line) => `account ${line.split(' ')[1]}`);
const refusedBad = acts.filter((line) => line.startsWith('refused ') && !/ not-saved-disk-full$/.test(line));
const read = (name) => JSON.parse(readFileSync(`${work}/${name}.json`, 'utf8'));
const full = read('full');
const ro = read('ro');
const damaged = read('ro-damaged');
const has = (found) => acked.every((label) => found.labels.includes(label));
const checks = [
  ['the disk filled up (some actions were refused)', acts.length > acked.length],
  ['every refusal said the disk is full', refusedBad.length === 0],
  ['after a restart on the full disk: every acknowledged action is there', has(full) && full.notice === null],
  ['nothing was saved that was not acknowledged, beyond the last action', full.labels.length <= acked.length + 1],
  ['no temporary file left after the restart', full.temporary.length === 0],
  ['read-only folder: every acknowledged action is shown', has(ro)],
  ['read-only folder: the app says it is read-only', ro.readOnly === 'folder-read-only' && ro.notice?.kind === 'read-only'],
  ['read-only folder: a save is refused as read-only', ro.saveAfter === 'refused: read-only'],
  ['read-only + damaged snapshot: starts read-only, nothing lost that a generation or the journal holds', damaged.readOnly === 'folder-read-only' && damaged.labels.length > 0],
];
console.log(`full disk: ${acked.length} actions acknowledged, ${acts.length - acked.length} refused; after restart ${full.labels.length} accounts, save afterwards: ${full.saveAfter}`);
console.log(`read-only: ${ro.labels.length} accounts shown, readOnly=${ro.readOnly}, save: ${ro.saveAfter}`);
console.log(`read-only with a damaged snapshot: ${damaged.labels.length} accounts shown (of ${acked.length} acknowledged), readOnly=${damaged.readOnly}`);
let failed = 0;
for (const [name, ok] of checks) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  if (!ok) failed++;
}
process.exit(failed === 0 ? 0 : 1);
JS
echo "refusal reasons: ${reasons:-none} (acked=$acked refused=$refused)"
