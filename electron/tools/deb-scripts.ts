// The .deb's after-install / after-remove scripts: electron-builder's own templates (the /usr/bin
// link via update-alternatives, the chrome-sandbox mode, the AppArmor profile Ubuntu 24.04 needs,
// desktop and MIME databases) with ScanBay's part appended (udev rules, the `scanbay` CLI link).
// electron-builder replaces its template when `afterInstall` is set, so the result is generated
// here and committed as build/linux/after-{install,remove}.tpl; test/build checks it is current.
// Run `node --import tsx electron/tools/deb-scripts.ts` after upgrading electron-builder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const templates = join(root, 'node_modules', 'app-builder-lib', 'templates', 'linux');

export const DEB_SCRIPTS = [
  { template: 'after-install.tpl', ours: 'build/linux/after-install-scanbay.sh', out: 'build/linux/after-install.tpl' },
  { template: 'after-remove.tpl', ours: 'build/linux/after-remove-scanbay.sh', out: 'build/linux/after-remove.tpl' },
] as const;

/** electron-builder's template, unchanged, then ours (both still hold `${…}` macros for electron-builder). */
export function composeDebScript(template: string, ours: string): string {
  const base = readFileSync(join(templates, template), 'utf8');
  return `${base.replace(/\s*$/, '\n')}\n${readFileSync(join(root, ours), 'utf8')}`;
}

function main(): void {
  for (const s of DEB_SCRIPTS) writeFileSync(join(root, s.out), composeDebScript(s.template, s.ours), { mode: 0o755 });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
