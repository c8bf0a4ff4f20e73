#!/usr/bin/env bash
# Installs the Debian packages Conduit needs, when they are missing. Idempotent, non-interactive.
set -euo pipefail

# libssl-dev: the TLS of a client's connection to a remote host; iproute2: the tests' network namespaces;
# iperf3: the raw TCP bandwidth reference of `conduit bench latency --host tcp://...`.
packages=(libopenblas-dev ocl-icd-opencl-dev opencl-headers pocl-opencl-icd clinfo libclblast-dev gcc libssl-dev iproute2 iperf3)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: Swift 6.1 or later is required (swift not found)" >&2; exit 1; }
echo "setup: ready ($(swift --version 2>/dev/null | head -1))"
