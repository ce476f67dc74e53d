#!/usr/bin/env bash
# Install Debian's chromium for the browser tests (tests/test_browser.py). Playwright for Python
# drives /usr/bin/chromium; `playwright install` is never run (it would download a browser).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "browser: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
for try in 1 2 3; do
  if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; then
    break
  fi
  if [ "$try" -eq 3 ]; then
    echo "browser: could not install chromium with apt-get" >&2
    exit 1
  fi
  sleep $((try * 5))
done
echo "browser: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
