#!/bin/bash
# Creates the two passwords compose.yaml reads as Docker secrets, once: random, in docker/secrets/ (or in the folder
# given as the first argument). The folder is closed to other users; the files stay readable so that the containers'
# own users (uid 10001 for the portal, mysql for MariaDB) can read the copies mounted at /run/secrets/.
set -euo pipefail
dir="${1:-$(dirname "$0")/secrets}"
mkdir -p "$dir"
chmod 0700 "$dir"
for name in portal_db_password mariadb_root_password; do
    if [[ -s "$dir/$name" ]]; then
        echo "$dir/$name exists; left as it is"
    else
        (umask 0222; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$dir/$name")
        echo "$dir/$name created"
    fi
done
