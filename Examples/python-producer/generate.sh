#!/usr/bin/env bash
# Generates the Python classes of the event contract into generated/ from ../../Protos with the
# system's protoc (3.21, matching protobuf==4.21.* in requirements.txt).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
protos="$here/../../Protos"
rm -rf "$here/generated"
mkdir -p "$here/generated"
cd "$protos"
find . -type f -name '*.proto' | sed 's|^\./||' | LC_ALL=C sort \
  | xargs protoc --proto_path=. --python_out="$here/generated"
echo "generated Python classes in $here/generated"
