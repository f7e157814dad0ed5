#!/bin/sh
# deb post-install: give the logged-in user access to supported scanners and scales (hidraw) by
# installing ScanBay's udev rules, then apply them to devices already plugged in.
set -e
RULES_SRC="/opt/ScanBay/resources/udev/60-scanbay.rules"
if [ -f "$RULES_SRC" ] && [ -d /etc/udev/rules.d ]; then
  install -m 0644 "$RULES_SRC" /etc/udev/rules.d/60-scanbay.rules
  if command -v udevadm >/dev/null 2>&1; then
    udevadm control --reload-rules || true
    udevadm trigger --subsystem-match=hidraw --subsystem-match=tty || true
  fi
fi
exit 0
