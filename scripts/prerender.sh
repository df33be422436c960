#!/usr/bin/env bash
# Trunk post_build hook: writes the widget's first view as HTML into Trunk's staging directory,
# from this build's sources (src/bin/prerender.rs, a native build with the `prerender`
# feature): the fragment files a docs site includes, prerender/<lang>/<preset>.html, and
# index.html's widgets filled with theirs. Sources other than the widget's (the benchmark's
# other builds share these hooks) have nothing to pre-render.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run through Trunk}" "${TRUNK_SOURCE_DIR:?run through Trunk}"
[ -f "$TRUNK_SOURCE_DIR/src/bin/prerender.rs" ] || exit 0
# Offline, as Trunk's own cargo (Trunk.toml): scripts/setup.sh fetched every crate.
exec cargo run --quiet --offline --manifest-path "$TRUNK_SOURCE_DIR/Cargo.toml" \
  --features prerender --bin prerender -- "$TRUNK_STAGING_DIR"
