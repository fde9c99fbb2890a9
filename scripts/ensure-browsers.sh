#!/usr/bin/env bash
# Browser tests run in three engines, all Debian's (never a downloaded browser), with real fonts
# so that screenshots match across machines:
#   chromium           Chromium (playwright-core drives /usr/bin/chromium)
#   firefox-esr        Firefox (puppeteer-core drives /usr/bin/firefox-esr over WebDriver BiDi)
#   webkit2gtk-driver  WebKit (WebKitWebDriver + MiniBrowser, driven by webdriverio)
#   xvfb, xauth        the X display MiniBrowser needs (it has no headless mode); xvfb-run uses xauth
# Installs what is missing; needs root for apt-get.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
[ -x /usr/bin/xvfb-run ] || need+=(xvfb)
[ -x /usr/bin/xauth ] || need+=(xauth)
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
