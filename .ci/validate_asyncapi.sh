#!/usr/bin/env bash
# Validates asyncapi.yaml, the contract of the labour-market events that KarirHub and the
# SISNAKER services publish to karirhub-stats over RabbitMQ, with the AsyncAPI CLI at a pinned
# version (npx installs it from npm): the document must parse as AsyncAPI 3.0.0, its $refs and
# AMQP bindings must be valid, and the CLI's governance rules must report no error.
#
#     bash .ci/validate_asyncapi.sh
#
# CI=true keeps the CLI from sending its anonymous usage metrics (and from printing the notice
# about them); SUPPRESS_NO_CONFIG_WARNING and SUPPRESS_STRICTNESS_CHECK silence node-config, a
# library of the CLI, which looks for a config/ directory (and a file named after NODE_ENV) that
# this project does not have. The one note left, asyncapi-latest-version (an "information", not a
# warning), is expected: the contract is AsyncAPI 3.0.0 on purpose.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CI=true SUPPRESS_NO_CONFIG_WARNING=1 SUPPRESS_STRICTNESS_CHECK=1 npx -y @asyncapi/cli@6.2.0 validate asyncapi.yaml
