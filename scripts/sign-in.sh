#!/usr/bin/env bash
# Signs in through the gateway as a browser would (authorization code flow against the platform's
# OIDC provider) and prints two shell assignments for curl:
#   EDUAID_COOKIES  a cookie jar holding the gateway session
#   EDUAID_XSRF     the CSRF token that commands (POST, PUT, ...) send as X-XSRF-TOKEN
# Usage:  eval "$(scripts/sign-in.sh officer.linxi)"      (password: $EDUAID_PASSWORD, default the demo one)
#         curl -b "$EDUAID_COOKIES" -H "X-XSRF-TOKEN: $EDUAID_XSRF" ...
# Gateway: $EDUAID_GATEWAY (default http://localhost:8080).
set -euo pipefail

user=${1:?usage: scripts/sign-in.sh <username>}
password=${EDUAID_PASSWORD:-eduaid-demo}
gateway=${EDUAID_GATEWAY:-http://localhost:8080}
jar=$(mktemp "${TMPDIR:-/tmp}/eduaid-session.XXXXXX")
page=$(mktemp)
trap 'rm -f "$page"' EXIT

# the gateway sends us to the provider's login form; -w tells where we ended up
login_url=$(curl -sS -H "Accept: text/html" -c "$jar" -b "$jar" -L -o "$page" -w '%{url_effective}' "$gateway/oauth2/authorization/eduaid")
csrf=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' "$page" | head -n 1)
if [ -z "$csrf" ]; then
  echo "sign-in.sh: no login form at $login_url (is the platform running?)" >&2
  exit 1
fi

# posting the form follows the redirects back to the gateway, which opens the session
final_url=$(curl -sS -H "Accept: text/html" -c "$jar" -b "$jar" -L -o "$page" -w '%{url_effective}' \
  --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "${login_url%%\?*}")
case "$final_url" in
  "$gateway"*) ;;
  *) echo "sign-in.sh: $user was not signed in (wrong password?)" >&2; exit 1 ;;
esac

# /api/me sets the XSRF-TOKEN cookie
curl -sS -c "$jar" -b "$jar" -o /dev/null --fail "$gateway/api/me"
xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -n 1)
printf 'EDUAID_COOKIES=%q\nEDUAID_XSRF=%q\n' "$jar" "$xsrf"
