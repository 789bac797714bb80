#!/bin/sh
# Creates the virtual environment at $2 with the Python at $1 and installs the project (editable) with its
# development tools. On Debian, a Python without ensurepip needs python3-venv first.
set -eu
python="$1"
venv="$2"

if [ ! -x "$venv/bin/python" ]; then
    if ! "$python" -m venv "$venv" 2>/dev/null; then
        rm -rf "$venv"
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
            echo "installing python3-venv"
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            "$python" -m venv "$venv"
        else
            echo "error: '$python -m venv' failed; install python3-venv (Debian) and run make again" >&2
            exit 1
        fi
    fi
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -e '.[dev]'
