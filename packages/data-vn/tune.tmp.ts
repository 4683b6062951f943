import { balance } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
const seed = Number(process.argv[2] ?? 20250701);
let t = performance.now();
const ds = loadVietNam({ seed });
console.log('load ms', (performance.now() - t).toFixed(0));
const vol = ds.volumes.objects() as any[];
const units = ds.units.objects() as any[];
const prov = new Map<string, string>(units.map((u) => [u.code, u.province_code]));
const byP = new Map<string, number>();
let nat = 0;
for (const v of vol) if (v.activity === 'dossier_reception_return') { nat += v.cases; byP.set(prov.get(v.unit_code)!, (byP.get(prov.get(v.unit_code)!) ?? 0) + v.cases); }
console.log('national dossiers', nat);
const ranked = [...byP].sort((a, b) => b[1] - a[1]);
console.log('top', ranked.slice(0, 3), 'bottom', ranked.slice(-6));
t = performance.now();
const b = balance(ds);
console.log('balance ms', (performance.now() - t).toFixed(0));
const bu = b.byUnit.objects() as any[];
const S = bu.reduce((s, u) => s + u.staff, 0), R = bu.reduce((s, u) => s + u.required, 0);
console.log('staff', S, 'required', R.toFixed(0), 'R/S', (R / S).toFixed(3), 'pop', units.reduce((s, u) => s + u.population, 0));
for (const k of ['commune', 'ward', 'special_zone']) {
  const g = bu.filter((u) => u.kind === k);
  const st = (s: string) => g.filter((u) => u.status === s).length;
  const far = (f: (r: number) => boolean) => g.filter((u) => u.ratio !== null && f(u.ratio)).length;
  console.log(k, g.length, 'meanStaff', (g.reduce((s, u) => s + u.staff, 0) / g.length).toFixed(1), 'over', st('overloaded'), 'bal', st('balanced'), 'under', st('underloaded'), 'far<0.7', far((r) => r < 0.7), 'far>1.3', far((r) => r > 1.3));
}
const bf = b.byField.objects() as any[];
for (const f of [...new Set(bf.map((r) => r.field))]) {
  const g = bf.filter((r) => r.field === f);
  const s = g.reduce((a, r) => a + r.staff, 0), r = g.reduce((a, r) => a + r.required, 0);
  console.log(f.padEnd(15), 'staff', s, 'req', r.toFixed(0), 'ratio', (s / r).toFixed(2), 'short<0.9', (g.filter((x) => x.ratio !== null && x.ratio < 0.9).length / g.length).toFixed(2));
}
import { loadStandards, loadVolumeModel } from '@canbang/data-vn';
{
  const std = loadStandards(); const vm = loadVolumeModel();
  const mins = new Map(std.filter((s) => s.kind === 'service').map((s) => [s.field + '/' + s.activity, s.minutes_per_case!]));
  const dossierSet = new Set(vm.filter((m) => m.dossier || m.of_dossiers !== null).map((m) => m.field + '/' + m.activity));
  const agg = new Map<string, { d: number; n: number }>();
  for (const v of vol) { const k = v.field + '/' + v.activity; const a = agg.get(v.field) ?? { d: 0, n: 0 }; const fte = v.cases * 4 * mins.get(k)! / (1832 * 60); if (dossierSet.has(k)) a.d += fte; else a.n += fte; agg.set(v.field, a); }
  const target: Record<string, number> = { land: 0.85, construction: 0.85, finance: 0.85, it_digital: 0.9 };
  const scaleD = 7e6 / nat;
  for (const [f, a] of agg) {
    const g = bf.filter((r) => r.field === f); const s = g.reduce((x, r) => x + r.staff, 0); const r = g.reduce((x, r) => x + r.required, 0);
    const caf = (r - 0) / (a.d + a.n); // approx incl iaf
    const need = s / (target[f] ?? 1.05);
    const k = (need / caf - a.d * scaleD) / a.n;
    console.log(f.padEnd(15), 'dFTE', a.d.toFixed(0), 'nFTE', a.n.toFixed(0), 'k(non-dossier)', k.toFixed(2));
  }
}
{
  const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(p * (s.length - 1))]!; };
  for (const k of ['commune', 'ward']) {
    const g = bu.filter((u) => u.kind === k);
    const r = g.map((u) => u.ratio ?? 9); const p = g.map((u) => u.population); const s = g.map((u) => u.staff);
    console.log(k, 'ratio q10..q90', [0.1, 0.25, 0.5, 0.75, 0.9].map((x) => q(r, x).toFixed(2)).join(' '), 'pop', [0.1, 0.5, 0.9].map((x) => q(p, x)).join(' '), 'staff', [0.1, 0.5, 0.9].map((x) => q(s, x)).join(' '));
  }
  const all = bu.map((u) => u.ratio ?? 9);
  console.log('all statuses', ['overloaded', 'balanced', 'underloaded'].map((s) => bu.filter((u) => u.status === s).length).join(' '), 'q', [0.1, 0.5, 0.9].map((x) => q(all, x).toFixed(2)).join(' '));
}
