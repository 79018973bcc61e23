#!/usr/bin/env bash
# bench/run.sh: archivelint beside spell checkers on the same files, in one run.
#
#   bench/run.sh [--no-install] [--rounds N]
#
# Installs the peers (Debian: codespell, aspell, hunspell; npm: cspell; Go module proxy: Vale,
# misspell) unless --no-install, renders the FRUS volumes as plain text with archivelint's own
# TEI reader (bench/frustext) for the checkers that do not read XML, runs every tool N times
# (default 3, rounds interleaving the tools), and prints the best wall time, with its CPU time
# (user+sys) and peak memory (/usr/bin/time -v), of each, with ratios to archivelint on the same
# input. Also: FRUS once and twice (linearity), and one page end to end (the editor on save).
#
# What it makes goes to bench/out/ (ignored by git), the peers to ~/.cache/archivelint-bench.
# The corpus is the shared one beside the repository (SHARED=DIR to point elsewhere).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$repo/../shared}
frus=$shared/corpus/frus
out=$repo/bench/out
# The peers install outside the repository: an npm package may ship Go files, which ./...
# would then build.
tools=${XDG_CACHE_HOME:-$HOME/.cache}/archivelint-bench
rounds=3
install=yes
while [ $# -gt 0 ]; do
	case $1 in
	--no-install) install=no ;;
	--rounds) rounds=$2; shift ;;
	*) echo "usage: bench/run.sh [--no-install] [--rounds N]" >&2; exit 2 ;;
	esac
	shift
done
if ! ls "$frus"/*.xml >/dev/null 2>&1; then
	echo "bench/run.sh: no FRUS volumes in $frus (set SHARED)" >&2
	exit 2
fi
mkdir -p "$out" "$tools"
export PATH=$tools/go:$tools/npm/node_modules/.bin:$PATH

# Versions are pinned so that runs compare: cspell 9 is the last to run on Node 20.
VALE_VERSION=v3.21.0
MISSPELL_VERSION=v0.8.0
CSPELL_VERSION=9.8.0

install_peers() {
	if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time codespell aspell aspell-en hunspell hunspell-en-us >/dev/null
	else
		echo "bench/run.sh: not root or no apt-get: codespell, aspell and hunspell must be installed already" >&2
	fi
	if command -v npm >/dev/null; then
		npm install --silent --no-audit --no-fund --prefix "$tools/npm" "cspell@$CSPELL_VERSION" >/dev/null
	fi
	GOBIN=$tools/go go install "github.com/vale-cli/vale/v3/cmd/vale@$VALE_VERSION" ||
		echo "bench/run.sh: Vale could not be installed from the Go module proxy; it is skipped" >&2
	GOBIN=$tools/go go install "github.com/golangci/misspell/cmd/misspell@$MISSPELL_VERSION" ||
		echo "bench/run.sh: misspell could not be installed; it is skipped" >&2
}

prepare() {
	(cd "$repo" && go build -o "$out/archivelint" ./cmd/archivelint)
	rm -rf "$out/frus-txt" "$out/frus2" "$out/small"
	(cd "$repo" && go run ./bench/frustext -o "$out/frus-txt" -join "$out/frus.txt" "$frus"/*.xml)
	# FRUS twice over, as two directories of copies (a link is the file it links to, linted
	# once): the linearity check.
	mkdir -p "$out/frus2/a" "$out/frus2/b" "$out/small"
	cp "$frus"/*.xml "$out/frus2/a/"
	cp "$frus"/*.xml "$out/frus2/b/"
	# About a page of text (6 KB), what an editor lints on save.
	awk 'NR > 2000 && NR <= 2150' "$out/frus-txt/frus1930v01.txt" >"$out/small/page.txt"
	# Vale with one rule, its spelling check, on plain text.
	mkdir -p "$out/vale/styles"
	printf 'StylesPath = styles\nMinAlertLevel = suggestion\n[*.txt]\nVale.Spelling = YES\n' >"$out/vale/.vale.ini"
}

# Every tool runs from an empty directory outside the repository: archivelint finds no project
# configuration there and runs every default rule.
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT

# run_once NAME INPUT_BYTES COMMAND... runs the command once and appends a row to $raw: name,
# bytes, wall s, CPU s, peak RSS MB; "over" for wall when it was stopped after $limit seconds
# (10 minutes by default, the cut-off the issue used; LIMIT=seconds to change it).
limit=${LIMIT:-600}
raw=$out/raw.tsv
run_once() {
	local name=$1 bytes=$2
	shift 2
	local log
	log=$(mktemp)
	(cd "$empty" && /usr/bin/time -v -o "$log" timeout "$limit" "$@" >/dev/null 2>&1) || true
	if grep -q 'non-zero status 124' "$log"; then
		printf '%s\t%s\tover\t-\t-\n' "$name" "$bytes" >>"$raw"
	else
		awk -F': ' -v name="$name" -v bytes="$bytes" '
			/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
			/User time/ { u = $2 } /System time/ { sy = $2 } /Maximum resident/ { rss = $2 / 1024 }
			END { printf "%s\t%s\t%.2f\t%.2f\t%.0f\n", name, bytes, w, u + sy, rss }' "$log" >>"$raw"
	fi
	rm -f "$log"
}

have() { command -v "$1" >/dev/null; }

bytes_of() { cat "$@" | wc -c; }

[ "$install" = yes ] && install_peers
prepare

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -m | awk '/Mem:/ {print $2}') MB;" \
	"$(go version | cut -d' ' -f3); archivelint $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'); load $(cut -d' ' -f1-3 /proc/loadavg)"
xml_bytes=$(bytes_of "$frus"/*.xml)
txt_bytes=$(bytes_of "$out"/frus-txt/*.txt)
al=$out/archivelint
rows=$out/results.tsv
: >"$raw"
# Rounds interleave the tools, so that a neighbour's load falls on all of them alike; the slow
# ones (minutes) run in the first round only.
for round in $(seq "$rounds"); do
	run_once "archivelint FRUS (TEI)" "$xml_bytes" "$al" lint --format json "$frus"
	run_once "archivelint FRUS twice" "$((2 * xml_bytes))" "$al" lint --format json "$out/frus2"
	have codespell && run_once "codespell FRUS (TEI)" "$xml_bytes" codespell "$frus"
	run_once "archivelint FRUS text" "$txt_bytes" "$al" lint --format json "$out/frus-txt"
	have codespell && run_once "codespell FRUS text" "$txt_bytes" codespell "$out/frus-txt"
	have aspell && run_once "aspell list FRUS text" "$txt_bytes" sh -c "aspell list --lang=en <'$out/frus.txt'"
	have misspell && run_once "misspell FRUS text" "$txt_bytes" misspell "$out/frus-txt"
	have cspell && run_once "cspell FRUS text" "$txt_bytes" cspell lint --no-progress --no-summary --no-cache --root "$out/frus-txt" "**/*.txt"
	if [ "$round" = 1 ]; then
		have hunspell && run_once "hunspell -l FRUS text" "$txt_bytes" sh -c "hunspell -d en_US -l <'$out/frus.txt'"
		have vale && run_once "vale (spelling) FRUS text" "$txt_bytes" vale --config "$out/vale/.vale.ini" --output line "$out/frus-txt"
	fi
done
# The best (least disturbed) run of each: name, MB, wall s, CPU s, peak RSS MB.
awk -F'\t' '
	!($1 in best) { order[++n] = $1 }
	$3 == "over" { over[$1] = 1; bytes[$1] = $2; next }
	!($1 in best) || $3 < best[$1] { best[$1] = $3; cpu[$1] = $4; rss[$1] = $5; bytes[$1] = $2 }
	END {
		for (i = 1; i <= n; i++) {
			k = order[i]
			if (over[k]) printf "%s\t%.1f\tover %ss\t-\t-\n", k, bytes[k] / 1e6, limit
			else printf "%s\t%.1f\t%.2f\t%.2f\t%.0f\n", k, bytes[k] / 1e6, best[k], cpu[k], rss[k]
		}
	}' limit="$limit" "$raw" | tee "$rows"

# One page end to end, process start included, as an editor runs it on save: the median of 21
# runs, in milliseconds.
times=()
for _ in $(seq 21); do
	start=$(date +%s%N)
	(cd "$empty" && "$al" lint --format json "$out/small/page.txt" >/dev/null 2>&1) || true
	times+=($((($(date +%s%N) - start) / 1000)))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)] / 1000}')
echo
echo "archivelint on one page ($(bytes_of "$out/small/page.txt") bytes), start-up included: median ${median} ms of 21 runs"

echo
echo "ratios (wall and CPU of the peer / of archivelint on the same input):"
awk -F'\t' -v mb="$(awk "BEGIN {print $xml_bytes / 1e6}")" '
	$1 == "archivelint FRUS (TEI)" { xw = $3; xc = $4 }
	$1 == "archivelint FRUS text" { tw = $3; tc = $4 }
	$1 == "archivelint FRUS twice" { lw = $3; lc = $4 }
	{ row[NR] = $0; name[NR] = $1; wall[NR] = $3; cpu[NR] = $4 }
	END {
		for (i = 1; i <= NR; i++) {
			if (name[i] ~ /^archivelint/) continue
			if (wall[i] !~ /^[0-9.]+$/) { printf "  %-28s did not finish (%s)\n", name[i], wall[i]; continue }
			if (name[i] ~ /TEI/) { w = xw; c = xc } else { w = tw; c = tc }
			if (w > 0 && c > 0) printf "  %-28s wall %6.1fx  CPU %6.1fx\n", name[i], wall[i] / w, cpu[i] / c
		}
		if (xw > 0) printf "  FRUS twice / once: wall %.2f, CPU %.2f\n", lw / xw, lc / xc
		if (xw > 0) printf "  archivelint on FRUS: %.1f MB/s wall, %.1f MB per CPU-second\n", mb / xw, mb / xc
	}' "$rows"
