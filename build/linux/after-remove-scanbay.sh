# --- ScanBay (appended to electron-builder's own after-remove by electron/tools/deb-scripts.ts) ---
# On an upgrade the new package's after-install puts both back; on removal they go.
case "$1" in
  upgrade|failed-upgrade) ;;
  *)
    rm -f /etc/udev/rules.d/60-scanbay.rules
    if command -v udevadm >/dev/null 2>&1; then udevadm control --reload-rules || true; fi
    if [ "$(readlink /usr/bin/scanbay 2>/dev/null)" = '/opt/${sanitizedProductName}/resources/bin/scanbay' ]; then rm -f /usr/bin/scanbay; fi
    ;;
esac
exit 0
