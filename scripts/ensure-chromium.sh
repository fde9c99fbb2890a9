#!/usr/bin/env bash
# Browser tests use Debian's Chromium (never a downloaded browser) and real fonts so that
# screenshots match across machines. Installs them when missing; needs root for apt-get.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
for pkg in fonts-dejavu-core fonts-noto-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
