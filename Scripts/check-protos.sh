#!/usr/bin/env bash
# Fails fast when the generated Swift in Sources/MembershipEvents/Generated/ does not belong to the
# .proto files in Protos/ (a .proto changed without regenerating, or generated code was edited by
# hand). Cheap: it only hashes files, so `make test` runs it before building anything.
#
#   Scripts/check-protos.sh                 check, exit 1 with the fix when stale
#   Scripts/check-protos.sh --proto-sha256  print the fingerprint of Protos/ (used by generate-protos.sh)
#   Scripts/check-protos.sh --generated-sha256  print the fingerprint of the generated .pb.swift files
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
protos="$root/Protos"
generated="$root/Sources/MembershipEvents/Generated"
fingerprint_file="$generated/EventContractFingerprint.swift"

# Hash of every file's own sha256sum line, in a locale-independent order, so renaming, adding or
# removing a file changes the fingerprint as much as editing one does.
# sha256sum on Linux, shasum on macOS: both print "<hash>  <name>".
sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi
}
tree_sha256() { # DIR PATTERN
  (cd "$1" && find . -type f -name "$2" -print | LC_ALL=C sort | while IFS= read -r file; do sha256 "$file"; done) \
    | sha256 | cut -d' ' -f1
}

case "${1:-}" in
  --proto-sha256) tree_sha256 "$protos" '*.proto'; exit 0 ;;
  --generated-sha256) tree_sha256 "$generated" '*.pb.swift'; exit 0 ;;
  "") ;;
  *) echo "usage: $0 [--proto-sha256 | --generated-sha256]" >&2; exit 2 ;;
esac

fix="Fix: run Scripts/generate-protos.sh and commit Protos/ together with Sources/MembershipEvents/Generated/."

recorded() { # NAME
  sed -n "s/.*static let $1 = \"\\([^\"]*\\)\".*/\\1/p" "$fingerprint_file"
}

if [[ ! -f "$fingerprint_file" ]]; then
  echo "check-protos: $fingerprint_file is missing. $fix" >&2
  exit 1
fi

actual_proto="$(tree_sha256 "$protos" '*.proto')"
if [[ "$actual_proto" != "$(recorded protoSHA256)" ]]; then
  echo "check-protos: Protos/ changed since Sources/MembershipEvents/Generated/ was generated" >&2
  echo "  (recorded $(recorded protoSHA256), now $actual_proto). $fix" >&2
  exit 1
fi

actual_generated="$(tree_sha256 "$generated" '*.pb.swift')"
if [[ "$actual_generated" != "$(recorded generatedSHA256)" ]]; then
  echo "check-protos: generated .pb.swift files were edited by hand, added or removed" >&2
  echo "  (recorded $(recorded generatedSHA256), now $actual_generated)." >&2
  echo "  Generated code is never edited: change the .proto instead. $fix" >&2
  exit 1
fi

# The runtime library must be the version whose plugin generated the code.
if [[ -f "$root/Package.swift" ]]; then
  package_version="$(sed -n 's|.*apple/swift-protobuf[^"]*"[^"]*"\([0-9][0-9.]*\)".*|\1|p' "$root/Package.swift" | head -n1)"
  if [[ -n "$package_version" && "$package_version" != "$(recorded swiftProtobufVersion)" ]]; then
    echo "check-protos: Package.swift uses swift-protobuf $package_version but the code was generated" >&2
    echo "  by protoc-gen-swift $(recorded swiftProtobufVersion). $fix" >&2
    exit 1
  fi
fi

echo "check-protos: generated code matches Protos/ ($actual_proto)"
