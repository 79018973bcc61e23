#!/usr/bin/env bash
# Vendors the SARIF 2.1.0 JSON schema that the report tests validate against. It comes from
# the npm package @microsoft/sarif-multitool-linux (Microsoft's SARIF SDK, MIT licence, see
# LICENSE beside this script), which ships it as sarif-2.1.0.json; the same package's
# validator is what docs/ci.md recommends (npx @microsoft/sarif-multitool validate).
# Run it from anywhere; it needs npm and the npm registry, never the tests.
set -euo pipefail
version=5.7.0
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "@microsoft/sarif-multitool-linux@$version" >/dev/null
tar -xzf microsoft-sarif-multitool-linux-"$version".tgz package/sarif-2.1.0.json
cp package/sarif-2.1.0.json "$here/sarif-schema-2.1.0.json"
echo "vendored sarif-schema-2.1.0.json from @microsoft/sarif-multitool-linux@$version"
