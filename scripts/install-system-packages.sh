#!/bin/sh
# Installs the Debian packages named on the command line that are not installed yet, when apt-get exists and
# we are root. Otherwise it says what is missing and carries on: the tests that need a missing package skip
# and say why. Quick when everything is already there (no apt-get update).
set -eu

missing=""
for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "note: apt-get not found; please install:$missing (tests that need them will skip)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "note: not root; to install the system packages run: sudo apt-get install$missing"
    echo "      (until then, the tests that need them skip)"
    exit 0
fi
echo "installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086  # word splitting of the package list is intended
apt-get install -y -qq --no-install-recommends $missing >/dev/null
