#!/usr/bin/env node
// Prints the JavaScript a first visit downloads, gzipped, per screen, from the Vite manifest of
// the production build (run `npm run build:web` first):
//   npm run bench:bundle
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../dist/web');
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;

/** A chunk and everything it imports statically (what the browser must fetch before running it). */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const k of chunk.imports ?? []) closure(k, seen);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const page = (name) => Object.keys(manifest).find((k) => k.endsWith(`/${name}.tsx`));
const screens = {
  '创作者门户 /portal（我的案件）': ['MyCasesPage'],
  '创作者 登录后进入我的案件 /login → /portal': ['LoginPage', 'MyCasesPage'],
  '创作者 提交诉求 /portal/new/:programme': ['NewCasePage'],
  '创作者 案件页 /portal/cases/:id': ['CreatorCasePage'],
  '登录 /login': ['LoginPage'],
  '工作台 /desk': ['QueuePage'],
  '工作台 案件页 /desk/cases/:id': ['DeskCasePage'],
  '数据看板 /dashboard': ['DashboardPage'],
  '审计日志 /audit': ['AuditPage'],
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const [label, pages] of Object.entries(screens)) {
  const files = closure(entry);
  for (const p of pages) closure(page(p), files);
  const js = [...files].filter((f) => f.endsWith('.js'));
  const raw = js.reduce((s, f) => s + readFileSync(join(out, f)).length, 0);
  const zipped = js.reduce((s, f) => s + gz(f), 0);
  rows.push({ label, files: js.length, raw, zipped });
}
const width = Math.max(...rows.map((r) => r.label.length)) + 2;
console.log(`${'screen (first visit, JS only)'.padEnd(width)} files   raw        gzip`);
for (const r of rows) console.log(`${r.label.padEnd(width)} ${String(r.files).padStart(5)}   ${kb(r.raw).padStart(9)}  ${kb(r.zipped).padStart(9)}`);
const echartsIn = Object.values(manifest)
  .filter((c) => c.file.endsWith('.js') && readFileSync(join(out, c.file), 'utf8').includes('echarts'))
  .map((c) => c.file);
console.log(`\nchunks that contain ECharts: ${echartsIn.join(', ') || 'none'}`);
