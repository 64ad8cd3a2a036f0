#!/bin/bash
# First start (empty data directory): create the system tables, set the root password, and create the portal's
# database (utf8mb4 / utf8mb4_bin) and account. Every start: run mariadbd in the foreground.
#
# MARIADB_ROOT_PASSWORD, MARIADB_DATABASE, MARIADB_USER, MARIADB_PASSWORD, as in the official image; each password
# may instead come from a file named by VAR_FILE (Docker secrets).
set -euo pipefail

for var in MARIADB_ROOT_PASSWORD MARIADB_PASSWORD; do
    file_var="${var}_FILE"
    if [[ -n "${!file_var:-}" ]]; then
        export "$var"="$(< "${!file_var}")"
    fi
done

if [[ ! -d /var/lib/mysql/mysql ]]; then
    : "${MARIADB_ROOT_PASSWORD:?set MARIADB_ROOT_PASSWORD or MARIADB_ROOT_PASSWORD_FILE}"
    : "${MARIADB_PASSWORD:?set MARIADB_PASSWORD or MARIADB_PASSWORD_FILE}"
    database="${MARIADB_DATABASE:-neighbourhood_portal}"
    user="${MARIADB_USER:-portal}"
    echo "First start: creating database $database and account $user"
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db \
        --auth-root-authentication-method=socket --auth-root-socket-user=mysql > /dev/null
    mariadbd --skip-networking --socket=/run/mysqld/init.sock &
    pid=$!
    for _ in $(seq 60); do
        mariadb-admin --socket=/run/mysqld/init.sock ping > /dev/null 2>&1 && break
        sleep 1
    done
    sql_string() { printf "'%s'" "${1//\'/\'\'}"; }
    mariadb --socket=/run/mysqld/init.sock -u mysql <<SQL
create user 'root'@'%' identified by $(sql_string "$MARIADB_ROOT_PASSWORD");
grant all privileges on *.* to 'root'@'%' with grant option;
alter user 'root'@'localhost' identified via unix_socket or mysql_native_password using password($(sql_string "$MARIADB_ROOT_PASSWORD"));
create database \`$database\` character set utf8mb4 collate utf8mb4_bin;
create user '$user'@'%' identified by $(sql_string "$MARIADB_PASSWORD");
grant all privileges on \`$database\`.* to '$user'@'%';
flush privileges;
SQL
    kill "$pid"
    wait "$pid" || true
fi

exec mariadbd "$@"
