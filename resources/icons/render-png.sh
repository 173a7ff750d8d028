#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# Re-renders the committed PNG sizes of the application icon from opsdeck.svg.
# Run by hand after editing the SVG (needs rsvg-convert from librsvg2-bin);
# the build itself only installs the committed files.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" opsdeck.svg --output "opsdeck-$size.png"
done
