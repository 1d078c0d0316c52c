/**
 * Training documents for the structure weights (src/stages/structure/): every zoo paper's layouts
 * with the gold line roles of its `expected.<layout>.json`, and the other fixtures with the roles
 * in their `roles.json` (derived once by scripts/derive-roles.mjs from the reviewed output).
 *
 * collectDocs(root, { exclude }) → [{ name, paper, layout, input: Buffer, options: { path }, roles }]
 * sorted by name (fitting is deterministic given this order). `exclude`: a paper id to leave out
 * (leave-one-paper-out evaluation).
 */
import fs from 'node:fs';
import path from 'node:path';

export function collectDocs(root, { exclude = null, zooDir = path.join(root, 'fixtures/zoo') } = {}) {
  const docs = [];
  if (fs.existsSync(zooDir)) {
    for (const paper of fs.readdirSync(zooDir).sort()) {
      const dir = path.join(zooDir, paper);
      if (!fs.statSync(dir).isDirectory() || paper === exclude) continue;
      for (const f of fs.readdirSync(dir).sort()) {
        const m = /^expected\.(\w+)\.json$/.exec(f);
        if (!m) continue;
        const exp = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
        if (!Array.isArray(exp.roles)) continue;
        const input = path.join(dir, exp.file);
        docs.push({ name: `${paper}.${m[1]}`, paper, layout: m[1], input: fs.readFileSync(input), options: { path: input }, roles: exp.roles });
      }
    }
  }
  const fixtures = path.join(root, 'fixtures');
  for (const name of fs.readdirSync(fixtures).sort()) {
    const rolesFile = path.join(fixtures, name, 'roles.json');
    if (name === 'zoo' || name === exclude || !fs.existsSync(rolesFile)) continue;
    const r = JSON.parse(fs.readFileSync(rolesFile, 'utf8'));
    const input = path.join(fixtures, name, r.input);
    docs.push({ name, paper: name, layout: 'as-printed', input: fs.readFileSync(input), options: { path: input }, roles: r.roles });
  }
  return docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
