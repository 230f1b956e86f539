#!/usr/bin/env bash
# Publishes one example record to an inbound topic, as an outside government system would: a
# CloudEvent in Kafka binary mode (attributes as ce_ headers, the JSON payload as the value), keyed by
# the agency's own record id (= ce_subject, never the ID number), with kcat.
#
# Usage: scripts/publish-inbound.sh <poverty|assistance|disability> [options]
#   --id-number N      resident ID number (default: a made-up, checksum-valid Linxi child born 2015-09-01)
#   --county C         6-digit county code (default 150424, 林西县)
#   --record-id R      the agency's record id: Kafka key and ce_subject (default: <agency>-example-<random>)
#   --sequence S       ce_sequence, 1, 2, 3 ... per record id (default 1)
#   --time T           ce_time, when the agency recorded it, RFC 3339 (default: now, UTC)
#   --effective-on D   the day it took effect, yyyy-MM-dd (default: today)
#   --status S         poverty: REGISTERED|LIFTED_OUT|REMOVED; assistance: GRANTED|ENDED;
#                      disability: ISSUED|REVOKED (default: the first)
#   --assistance A     assistance only: DIBAO|TEKUN|ORPHAN (default DIBAO)
#   --kind K           disability only: VISUAL|HEARING|SPEECH|PHYSICAL|INTELLECTUAL|MENTAL|MULTIPLE (default PHYSICAL)
#   --grade G          disability only: 1 (most severe) to 4 (default 2)
#   --event-id ID      ce_id (default: a new UUID); send one twice to see it treated as a duplicate
#   --user U / --password P   Kafka principal and password (default: the topic's agency, e.g. poverty-registry,
#                      and $KAFKA_PASSWORD; prefer the variable, arguments show in `ps`)
#   --embedded         the platform of ./run-local.sh: SASL_PLAINTEXT on localhost:9092, the agency's password
#                      read from ${EDUAID_DATA_DIR:-./data}/secrets/platform-secrets.properties (kafka.<principal>)
#   --dry-run          print the headers and payload instead of sending
#
# Environment: KAFKA_BROKERS (default localhost:9092), KAFKA_SECURITY_PROTOCOL (PLAINTEXT, the default;
# SASL_PLAINTEXT or SASL_SSL), KAFKA_SASL_MECHANISM (default SCRAM-SHA-512), KAFKA_USERNAME, KAFKA_PASSWORD.
# The password goes to kcat through a private temporary config file (-F), never on its command line.
# SCRAM needs kcat on librdkafka >= 2.6.1 (`kcat -V`); see README, "Operating Kafka security".
#
# Examples:
#   scripts/publish-inbound.sh poverty --embedded --status LIFTED_OUT --effective-on 2021-02-25
#   KAFKA_BROKERS=kafka.example.gov.cn:9092 KAFKA_SECURITY_PROTOCOL=SASL_SSL KAFKA_PASSWORD=... \
#     scripts/publish-inbound.sh disability --id-number 150424201509011236 --kind HEARING --grade 3
#   scripts/publish-inbound.sh assistance --record-id CA-42 --sequence 2 --status ENDED   # a later record
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-2}"; }

kind=${1:-}
case "$kind" in
  poverty)    topic=eduaid.inbound.poverty-registry;        principal=poverty-registry
              type=gov.poverty-registry.PovertyStatusChanged.v1;                status=REGISTERED ;;
  assistance) topic=eduaid.inbound.civil-affairs;           principal=civil-affairs
              type=gov.civil-affairs.AssistanceStatusChanged.v1;                status=GRANTED ;;
  disability) topic=eduaid.inbound.disability-certificates; principal=disability-federation
              type=gov.disability-federation.DisabilityCertificateChanged.v1;   status=ISSUED ;;
  -h|--help)  usage 0 ;;
  *)          usage ;;
esac
shift

# ISO 7064 MOD 11-2 check character of 17 digits
check_character() {
  local digits=$1 sum=0 i
  local -a weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2)
  local characters=10X98765432
  for i in {0..16}; do sum=$(( sum + ${digits:i:1} * weights[i] )); done
  printf '%s' "${characters:$(( sum % 11 )):1}"
}

new_uuid() {
  if command -v uuidgen > /dev/null; then uuidgen; else cat /proc/sys/kernel/random/uuid; fi
}

id_number="15042420150901123$(check_character 15042420150901123)"
county=150424
record_id="$principal-example-$(new_uuid | cut -c1-8)"
sequence=1
time=$(date -u +%Y-%m-%dT%H:%M:%SZ)
effective_on=$(date -u +%Y-%m-%d)
assistance=DIBAO
disability_kind=PHYSICAL
grade=2
event_id=$(new_uuid)
user=${KAFKA_USERNAME:-$principal}
password=${KAFKA_PASSWORD:-}
brokers=${KAFKA_BROKERS:-localhost:9092}
protocol=${KAFKA_SECURITY_PROTOCOL:-PLAINTEXT}
mechanism=${KAFKA_SASL_MECHANISM:-SCRAM-SHA-512}
dry_run=false
embedded=false

while [ $# -gt 0 ]; do
  option=$1
  case "$option" in
    --embedded) embedded=true; shift; continue ;;
    --dry-run)  dry_run=true; shift; continue ;;
    -h|--help)  usage 0 ;;
  esac
  [ $# -ge 2 ] || { echo "publish-inbound.sh: $option needs a value" >&2; exit 2; }
  case "$option" in
    --id-number)    id_number=$2 ;;
    --county)       county=$2 ;;
    --record-id)    record_id=$2 ;;
    --sequence)     sequence=$2 ;;
    --time)         time=$2 ;;
    --effective-on) effective_on=$2 ;;
    --status)       status=$2 ;;
    --assistance)   assistance=$2 ;;
    --kind)         disability_kind=$2 ;;
    --grade)        grade=$2 ;;
    --event-id)     event_id=$2 ;;
    --user)         user=$2 ;;
    --password)     password=$2 ;;
    --brokers)      brokers=$2 ;;
    *) echo "publish-inbound.sh: unknown option $option" >&2; usage ;;
  esac
  shift 2
done

if $embedded; then
  secrets="${EDUAID_DATA_DIR:-./data}/secrets/platform-secrets.properties"
  protocol=SASL_PLAINTEXT
  if [ -z "$password" ]; then
    [ -r "$secrets" ] || { echo "publish-inbound.sh: cannot read $secrets (has ./run-local.sh started once?)" >&2; exit 1; }
    password=$(grep "^kafka\.$user=" "$secrets" | cut -d= -f2- || true)
    [ -n "$password" ] || { echo "publish-inbound.sh: no line kafka.$user in $secrets" >&2; exit 1; }
  fi
fi

# the payload: one line of JSON (kcat sends one record per line); values are codes and dates, no escaping needed
case "$kind" in
  poverty)    payload=$(printf '{"idNumber":"%s","name":"示例","householdNumber":"HH-%s-000001","countyCode":"%s","status":"%s","effectiveOn":"%s"}' \
                "$id_number" "$county" "$county" "$status" "$effective_on") ;;
  assistance) payload=$(printf '{"idNumber":"%s","name":"示例","countyCode":"%s","assistance":"%s","status":"%s","effectiveOn":"%s"}' \
                "$id_number" "$county" "$assistance" "$status" "$effective_on") ;;
  disability) payload=$(printf '{"idNumber":"%s","name":"示例","countyCode":"%s","kind":"%s","grade":%d,"status":"%s","effectiveOn":"%s"}' \
                "$id_number" "$county" "$disability_kind" "$grade" "$status" "$effective_on") ;;
esac

headers=(
  -H ce_specversion=1.0
  -H "ce_id=$event_id"
  -H "ce_type=$type"
  -H "ce_source=$principal"
  -H "ce_subject=$record_id"
  -H "ce_sequence=$sequence"
  -H "ce_time=$time"
  -H ce_datacontenttype=application/json
  -H content-type=application/json
)

if $dry_run; then
  echo "topic:   $topic (brokers $brokers, $protocol${user:+, as $user})"
  echo "key:     $record_id"
  for header in "${headers[@]}"; do [ "$header" = -H ] || echo "header:  $header"; done
  echo "payload: $payload"
  exit 0
fi

command -v kcat > /dev/null || { echo "publish-inbound.sh: kcat is not installed" >&2; exit 1; }
config=$(umask 077 && mktemp "${TMPDIR:-/tmp}/publish-inbound.XXXXXX")
trap 'rm -f "$config"' EXIT
{
  echo "security.protocol=$protocol"
  if [ "$protocol" != PLAINTEXT ]; then
    [ -n "$password" ] || { echo "publish-inbound.sh: $protocol needs a password (KAFKA_PASSWORD or --password)" >&2; exit 1; }
    echo "sasl.mechanisms=$mechanism"
    echo "sasl.username=$user"
    echo "sasl.password=$password"
  fi
} > "$config"

printf '%s\n' "$payload" | kcat -P -b "$brokers" -F "$config" -t "$topic" -k "$record_id" "${headers[@]}"
echo "published $type to $topic, key $record_id, ce_id $event_id, ce_sequence $sequence, ce_time $time" >&2
