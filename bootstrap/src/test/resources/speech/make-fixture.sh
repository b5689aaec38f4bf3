#!/usr/bin/env bash
# Regenerates caller.ulaw: a short English sentence spoken by espeak-ng, as Twilio streams audio
# (G.711 mu-law, 8 kHz, mono, headerless). Needs espeak-ng and sox (apt-get install -y espeak-ng sox).
# The tests only read the committed file; they never need these tools.
set -euo pipefail
cd "$(dirname "$0")"
text="Hello, this is Sarah Johnson. I am calling about a wedding on June twelfth, for one hundred and fifty guests. Please call me back at five five five, zero one zero, two thousand."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
espeak-ng -v en-us -s 150 -w "$tmp/speech.wav" "$text"
sox "$tmp/speech.wav" -r 8000 -c 1 -e mu-law -b 8 -t raw caller.ulaw
echo "caller.ulaw: $(stat -c %s caller.ulaw) bytes ($(( $(stat -c %s caller.ulaw) / 8 )) ms)"
