#!/usr/bin/env bash
# Times Mixroom's `analyze FILE --json` beside `ffmpeg -af ebur128=peak=true` on the same music-like
# 48 kHz 24-bit stereo WAVs, in one run, alternating the two commands, and prints the median wall times,
# peak memory and the ratio. Also analyses a 60-minute file with -Xmx256m.
#
# Usage: bench/analyze-vs-ffmpeg.sh [RUNS]        (default 7 runs per command and file)
# Needs: a JDK 21+ (./mvnw finds one), Debian's ffmpeg (apt-get install ffmpeg), GNU time (/usr/bin/time).
# Environment: MIXROOM_BENCH_DIR (where the WAVs are kept; default bench/work), JAVA (java to run with).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
WORK="${MIXROOM_BENCH_DIR:-bench/work}"
JAR=target/mixroom.jar
mkdir -p "$WORK"

command -v ffmpeg >/dev/null || { echo "needs Debian's ffmpeg: apt-get install ffmpeg" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
java_major() { "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -z "${JAVA:-}" ]; then            # java on PATH if 21+, else the newest JDK under /usr/lib/jvm
  JAVA=java
  if [ "$(java_major java 2>/dev/null || echo 0)" -lt 21 ] 2>/dev/null; then
    for j in /usr/lib/jvm/*/bin/java; do
      [ "$(java_major "$j")" -ge "$(java_major "$JAVA" 2>/dev/null || echo 0)" ] && JAVA="$j"
    done
  fi
fi
"$JAVA" -version 2>&1 | head -n 1
[ -f "$JAR" ] || ./mvnw -B -q package

make_wav() { # minutes file
  [ -f "$2" ] || "$JAVA" bench/MusicLikeWav.java "$2" "$1"
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

compare() { # minutes
  local wav="$WORK/music-${1}min.wav" m=() f=() mr fr
  make_wav "$1" "$wav"
  "$JAVA" -jar "$JAR" analyze "$wav" --json >/dev/null   # brings the file into the page cache
  for ((i = 0; i < RUNS; i++)); do
    m+=("$(run_once "$JAVA" -jar "$JAR" analyze "$wav" --json)")
    f+=("$(run_once ffmpeg -nostdin -hide_banner -nostats -i "$wav" -af ebur128=peak=true -f null -)")
  done
  local mt ft mm fm
  mt=$(printf '%s\n' "${m[@]}" | cut -d' ' -f1 | median)
  ft=$(printf '%s\n' "${f[@]}" | cut -d' ' -f1 | median)
  mm=$(printf '%s\n' "${m[@]}" | cut -d' ' -f2 | median)
  fm=$(printf '%s\n' "${f[@]}" | cut -d' ' -f2 | median)
  printf '| %2d min | %6.3f s | %6.3f s | %5.2f | %4d MB | %4d MB |\n' "$1" \
    "$(echo "$mt / 1000" | bc -l)" "$(echo "$ft / 1000" | bc -l)" "$(echo "$mt / $ft" | bc -l)" \
    $((mm / 1024)) $((fm / 1024))
}

# One run: wall milliseconds (date, ns resolution) and peak RSS in KB (GNU time), stdout discarded.
run_once() {
  local rssfile s e; rssfile="$(mktemp)"
  s=$(date +%s%N)
  /usr/bin/time -o "$rssfile" -f '%M' "$@" >/dev/null 2>"$rssfile.err" || {
    echo "failed: $*" >&2; cat "$rssfile.err" >&2; exit 1; }
  e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 )) $(tail -n 1 "$rssfile")"
  rm -f "$rssfile" "$rssfile.err"
}

echo
echo "median of $RUNS runs each, alternating; whole process, page cache warm"
echo
echo '| file | mixroom analyze --json | ffmpeg ebur128=peak=true | ratio | mixroom RSS | ffmpeg RSS |'
echo '|---|---|---|---|---|---|'
compare 4
compare 10

wav60="$WORK/music-60min.wav"
make_wav 60 "$wav60"
echo
echo "60-minute file ($(du -m "$wav60" | cut -f1) MB) with -Xmx256m, one run each:"
r=$(run_once "$JAVA" -Xmx256m -jar "$JAR" analyze "$wav60" --json)
f=$(run_once ffmpeg -nostdin -hide_banner -nostats -i "$wav60" -af ebur128=peak=true -f null -)
printf 'mixroom %.3f s, %d MB RSS; ffmpeg %.3f s, %d MB RSS; ratio %.2f\n' \
  "$(echo "${r% *} / 1000" | bc -l)" $(( ${r#* } / 1024 )) "$(echo "${f% *} / 1000" | bc -l)" \
  $(( ${f#* } / 1024 )) "$(echo "${r% *} / ${f% *}" | bc -l)"
