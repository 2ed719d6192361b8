#!/usr/bin/env bash
# Prints a bearer token that only the dev and test profiles accept: it is signed with the
# development key in scripts/dev-private-key.pem, which production never trusts.
#
#   scripts/dev-token.sh USER ROLE[,ROLE...]      e.g. scripts/dev-token.sh m.lee reviewer
#
# Roles: reviewer, editor, admin. The token is valid for one hour.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 USER ROLE[,ROLE...]" >&2
  exit 64
fi
user=$1
roles=$2
here=$(cd "$(dirname "$0")" && pwd)
key=${DEV_TOKEN_KEY:-$here/dev-private-key.pem}
issuer=${DEV_TOKEN_ISSUER:-https://claimdesk.dev/issuer}

base64url() {
  openssl base64 -A | tr '+/' '-_' | tr -d '='
}

# Only letters, digits and . _ @ - in names, so the JSON below needs no escaping.
valid='^[A-Za-z0-9._@-]+$'
[[ $user =~ $valid ]] || { echo "USER may contain only letters, digits and . _ @ -" >&2; exit 64; }
groups=""
IFS=',' read -r -a role_list <<< "$roles"
for role in "${role_list[@]}"; do
  [[ $role =~ $valid ]] || { echo "ROLE may contain only letters, digits and . _ @ -" >&2; exit 64; }
  groups="$groups${groups:+,}\"$role\""
done

now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","preferred_username":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$user" "$user" "$user" "$groups" "$now" "$((now + 3600))" "$(openssl rand -hex 16)")
signing_input="$(printf '%s' "$header" | base64url).$(printf '%s' "$payload" | base64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | base64url)
printf '%s.%s\n' "$signing_input" "$signature"
