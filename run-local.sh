#!/usr/bin/env bash
# Runs all of EduAid on this machine without Docker: builds the jars (skip with EDUAID_SKIP_BUILD=1),
# then starts Kafka and MongoDB in the launcher's JVM and one JVM per app. Ctrl-C stops everything;
# data stays in ${EDUAID_DATA_DIR:-./data} for the next run. Settings: EDUAID_* variables (see README).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ "${EDUAID_SKIP_BUILD:-0}" != "1" ]]; then
    echo "Building the jars (tests skipped; EDUAID_SKIP_BUILD=1 skips this step) ..."
    ./mvnw -q -B -DskipTests package
fi

exec java ${EDUAID_LAUNCHER_JAVA_OPTS:-} -jar launcher/target/eduaid-launcher-exec.jar
