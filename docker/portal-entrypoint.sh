#!/bin/bash
# The portal container's entrypoint.
#   portal-entrypoint.sh        start the portal
#   portal-entrypoint.sh ready  exit 0 if the node is ready (database and engine answer), else 1: the health check
#
# Docker secrets: for each secret variable below, VAR_FILE names a file whose content becomes VAR (a trailing newline
# is dropped). Setting both is an error, as in the official database images.
set -euo pipefail

if [[ "${1:-}" == ready ]]; then
    # The image has bash but no curl: speak HTTP to the management port directly.
    exec 3<>"/dev/tcp/127.0.0.1/${PORTAL_MANAGEMENT_PORT:-8081}"
    printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    head -n 1 <&3 | grep -q ' 200'
    exit
fi

for var in PORTAL_DB_PASSWORD PORTAL_BOOTSTRAP_ADMIN_PASSWORD; do
    file_var="${var}_FILE"
    if [[ -n "${!file_var:-}" ]]; then
        if [[ -n "${!var:-}" ]]; then
            echo "Set either $var or $file_var, not both." >&2
            exit 1
        fi
        if [[ ! -r "${!file_var}" ]]; then
            echo "$file_var names ${!file_var}, which cannot be read." >&2
            exit 1
        fi
        export "$var"="$(< "${!file_var}")"
        unset "$file_var"
    fi
done

exec java ${JAVA_OPTS:-} -jar /app/neighbourhood-portal.jar "$@"
