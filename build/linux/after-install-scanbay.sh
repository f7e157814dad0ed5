# --- ScanBay (appended to electron-builder's own after-install by electron/tools/deb-scripts.ts) ---
# Scanner and scale access: install the udev rules and apply them to devices already plugged in.
RULES_SRC='/opt/${sanitizedProductName}/resources/udev/60-scanbay.rules'
if [ -f "$RULES_SRC" ] && [ -d /etc/udev/rules.d ]; then
  install -m 0644 "$RULES_SRC" /etc/udev/rules.d/60-scanbay.rules
  if command -v udevadm >/dev/null 2>&1; then
    udevadm control --reload-rules || true
    udevadm trigger --subsystem-match=hidraw --subsystem-match=tty || true
  fi
fi
# The CLI for ERPs and scripts: /usr/bin/scanbay runs the app's CLI entry (ELECTRON_RUN_AS_NODE=1).
ln -sf '/opt/${sanitizedProductName}/resources/bin/scanbay' /usr/bin/scanbay
exit 0
