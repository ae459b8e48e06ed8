#!/usr/bin/env bash
# Regenerates Sources/MembershipEvents/Generated/ from Protos/ with Debian's protoc and the
# protoc-gen-swift of the swift-protobuf version that Package.swift pins, so the committed code is
# reproducible byte for byte. The plugin is built once (about 10 minutes on a small machine) and
# cached in Scripts/.cache/ (git-ignored).
#
# Environment:
#   SWIFT_PROTOBUF_VERSION  override the version (default: the one in Package.swift, else 1.39.0)
#   SWIFT_PROTOBUF_GIT      where to clone swift-protobuf from (default: the local mirror
#                           /opt/swift-packages/apple/swift-protobuf.git when it exists, else GitHub)
#   PROTOC                  the protoc binary (default: protoc on PATH)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
protos="$root/Protos"
generated="$root/Sources/MembershipEvents/Generated"
cache="$root/Scripts/.cache"
protoc="${PROTOC:-protoc}"

default_version=1.39.0
if [[ -z "${SWIFT_PROTOBUF_VERSION:-}" && -f "$root/Package.swift" ]]; then
  SWIFT_PROTOBUF_VERSION="$(sed -n 's|.*apple/swift-protobuf[^"]*"[^"]*"\([0-9][0-9.]*\)".*|\1|p' "$root/Package.swift" | head -n1)"
fi
version="${SWIFT_PROTOBUF_VERSION:-$default_version}"

if [[ -z "${SWIFT_PROTOBUF_GIT:-}" ]]; then
  if [[ -d /opt/swift-packages/apple/swift-protobuf.git ]]; then
    SWIFT_PROTOBUF_GIT=/opt/swift-packages/apple/swift-protobuf.git
  else
    SWIFT_PROTOBUF_GIT=https://github.com/apple/swift-protobuf.git
  fi
fi

command -v "$protoc" >/dev/null || { echo "generate-protos: protoc not found (apt-get install protobuf-compiler)" >&2; exit 1; }

checkout="$cache/swift-protobuf-$version"
plugin="$checkout/.build/release/protoc-gen-swift"
if [[ ! -x "$plugin" ]]; then
  if [[ ! -d "$checkout" ]]; then
    mkdir -p "$cache"
    git -c advice.detachedHead=false clone --quiet --depth 1 --branch "$version" "$SWIFT_PROTOBUF_GIT" "$checkout"
  fi
  echo "generate-protos: building protoc-gen-swift $version (slow the first time) ..."
  swift build --package-path "$checkout" -c release --product protoc-gen-swift
fi
plugin_version="$("$plugin" --version | awk '{print $2}')"
if [[ "$plugin_version" != "$version" ]]; then
  echo "generate-protos: $plugin reports version $plugin_version, expected $version" >&2
  exit 1
fi

# protoc's well-known types (google/protobuf/timestamp.proto) come with Debian's package.
include_dir=/usr/include
for candidate in /usr/include /usr/local/include; do
  if [[ -f "$candidate/google/protobuf/timestamp.proto" ]]; then include_dir="$candidate"; break; fi
done

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Relative, sorted inputs: the "Source:" line of each generated file and the output are then
# independent of the checkout location and of the file system's listing order.
# (A while-read loop rather than mapfile: macOS still ships bash 3.2.)
inputs=()
while IFS= read -r file; do inputs+=("$file"); done \
  < <(cd "$protos" && find . -type f -name '*.proto' | sed 's|^\./||' | LC_ALL=C sort)
"$protoc" \
  --plugin=protoc-gen-swift="$plugin" \
  --proto_path="$protos" \
  --proto_path="$include_dir" \
  --swift_opt=Visibility=Public \
  --swift_opt=FileNaming=PathToUnderscores \
  --swift_opt=UseAccessLevelOnImports=true \
  --swift_out="$out" \
  "${inputs[@]}"

mkdir -p "$generated"
find "$generated" -maxdepth 1 -name '*.pb.swift' -delete
cp "$out"/*.pb.swift "$generated/"

proto_sha256="$("$root/Scripts/check-protos.sh" --proto-sha256)"
generated_sha256="$("$root/Scripts/check-protos.sh" --generated-sha256)"
cat > "$generated/EventContractFingerprint.swift" <<SWIFT
// DO NOT EDIT.
// Written by Scripts/generate-protos.sh; Scripts/check-protos.sh compares it with Protos/.

/// Identifies the \`.proto\` files and the generator that produced the code in this folder, so a
/// stale or hand-edited generated file is caught before the build (\`Scripts/check-protos.sh\`).
public enum EventContractFingerprint {
    /// SHA-256 over the \`sha256sum\` lines of every \`.proto\` file under \`Protos/\`, sorted by path.
    public static let protoSHA256 = "$proto_sha256"
    /// SHA-256 over the \`sha256sum\` lines of every generated \`.pb.swift\` file in this folder.
    public static let generatedSHA256 = "$generated_sha256"
    /// The swift-protobuf version whose \`protoc-gen-swift\` generated this folder.
    public static let swiftProtobufVersion = "$version"
}
SWIFT

echo "generate-protos: wrote $(ls "$generated"/*.pb.swift | wc -l) files to Sources/MembershipEvents/Generated/ ($proto_sha256)"
