# The check() helper of the CLI test scripts (sourced, not run): runs a command and compares its
# exit status, standard output and standard error with what is expected, counting into the
# caller's `passed` and `failed` and using the caller's temporary directory `$tmp`.

# check NAME EXPECTED_STATUS EXPECTED_STDOUT EXPECTED_STDERR -- COMMAND...
# EXPECTED_STDERR may be "*" (anything), a literal text, or "~TEXT" (contains TEXT).
check() {
  local name="$1" want_status="$2" want_out="$3" want_err="$4"
  shift 5
  local out err status
  out=$("$@" 2>"$tmp/err"; echo "~$?")
  status="${out##*~}"
  out="${out%~*}"
  out="${out%$'\n'}"
  err=$(cat "$tmp/err")
  local ok=1
  [ "$status" = "$want_status" ] || ok=0
  [ "$out" = "$want_out" ] || ok=0
  case "$want_err" in
    "*") ;;
    "~"*) [[ "$err" == *"${want_err#\~}"* ]] || ok=0 ;;
    *) [ "$err" = "$want_err" ] || ok=0 ;;
  esac
  if [ $ok = 1 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name"
    echo "  status: got $status, want $want_status"
    echo "  stdout: got:"; printf '%s\n' "$out" | sed 's/^/    |/'
    echo "  stdout: want:"; printf '%s\n' "$want_out" | sed 's/^/    |/'
    echo "  stderr: got:"; printf '%s\n' "$err" | sed 's/^/    |/'
    [ "$want_err" = "*" ] || { echo "  stderr: want:"; printf '%s\n' "$want_err" | sed 's/^/    |/'; }
  fi
}

# Lines ending in CRLF, as CSV output ends them.
crlf() { printf '%s\r\n' "$@"; }
