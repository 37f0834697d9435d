#!/usr/bin/env bash
# Installs Debian/Ubuntu Chromium when no Chromium-family browser is present. Playwright's own browser
# download needs internet access; the distribution package works behind a package mirror too.
set -euo pipefail

for candidate in "${A11YAUDIT_BROWSER:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and apt-get is not available: install Chrome or Chromium, or set A11YAUDIT_BROWSER=/path/to/chrome." >&2
  exit 2
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing Chromium (apt-get install chromium)..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null 2>&1 || { echo "Chromium installation failed." >&2; exit 2; }
