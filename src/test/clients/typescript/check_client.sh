#!/usr/bin/env bash
# Compiles check_client.ts with the TypeScript client that openapi-generator (typescript-fetch) made
# from openapi.yaml, and runs it with Node: bash check_client.sh GENERATED_CLIENT_DIR
# (KARIRHUB_URL and the tokens as for check_client.ts). The compiler comes from npm (pinned).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
client="$(cd "$1" && pwd)"
work="$here/../../../../target/typescript-client-check"
rm -rf "$work" && mkdir -p "$work/src"
cp -r "$client" "$work/src/client"
cp "$here/check_client.ts" "$work/src/"
cat > "$work/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "target": "ES2020", "module": "commonjs", "lib": ["ES2020", "DOM"], "strict": true,
    "outDir": "dist", "rootDir": "src", "skipLibCheck": true
  },
  "include": ["src"]
}
JSON
npx -y -p typescript@5.9.3 tsc -p "$work"
node "$work/dist/check_client.js"
