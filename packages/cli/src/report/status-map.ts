import type { TopLevelSpec } from 'vega-lite';
import { BALANCE_STATUSES, type BalanceStatus } from '@canbang/core';
import { simplifyBoundaries, unitBorders, unitGroupShapes, type VnTopology } from '@canbang/data-vn';
import { chartConfig, statusColourFor, statusLabels } from './charts.ts';
import type { Locale } from '@canbang/core';

/**
 * Share of the boundary vertices the report map keeps (topojson-simplify): the national map dissolves the
 * 3,321 units by status and keeps 5 % of the vertices (about 240 KiB of SVG); a province map keeps 30 %.
 *
 * @example
 * MAP_DETAIL.national; // 0.05
 */
export const MAP_DETAIL = Object.freeze({ national: 0.05, province: 0.3 });

/** The map's spec and how many of the reported units it could draw. */
export interface StatusMap {
  spec: TopLevelSpec;
  /** Units drawn (their code has a boundary). */
  mapped: number;
  /** Units reported. */
  total: number;
}

/**
 * A map of the units coloured by status, as a Vega-Lite spec with the shapes inline: one dissolved shape
 * per status (so a national map stays small) under the province borders (national) or the unit borders
 * (one province), with a status legend. Units with no boundary in `topology` are left out and counted;
 * null when none has one.
 *
 * @example
 * const map = statusMap(loadBoundaries(), [{ unit_code: '03127', status: 'overloaded' }], '11');
 * map?.mapped; // 1
 */
export function statusMap(topology: VnTopology, units: readonly { unit_code: string; status: BalanceStatus }[], province?: string, locale: Locale = 'en'): StatusMap | null {
  const labels = statusLabels(locale);
  const shapes = new Set(topology.objects.units.geometries.map((g) => (g.properties as { code: string }).code));
  const status = new Map(units.filter((u) => shapes.has(u.unit_code)).map((u) => [u.unit_code, labels[u.status]]));
  if (status.size === 0) return null;
  const scope = province === undefined ? {} : { province };
  const light = simplifyBoundaries(topology, province === undefined ? MAP_DETAIL.national : MAP_DETAIL.province);
  const groups = unitGroupShapes(light, status, BALANCE_STATUSES.map((s) => labels[s]), scope).features.filter((f) => f.properties.units > 0);
  const borders = { type: 'Feature', properties: {}, geometry: unitBorders(light, scope) };
  const spec = {
    config: chartConfig(locale),
    width: 560,
    height: 560,
    projection: { type: 'mercator' },
    layer: [
      {
        data: { values: groups.map((f) => ({ ...f, status_label: f.properties.group })) },
        // aria false: no per-shape labels in the SVG (the legend and the tables carry the text).
        mark: { type: 'geoshape', aria: false },
        encoding: { color: statusColourFor(locale) },
      },
      { data: { values: [borders] }, mark: { type: 'geoshape', filled: false, stroke: 'white', strokeWidth: province === undefined ? 0.6 : 0.4, aria: false } },
    ],
  };
  return { spec: spec as TopLevelSpec, mapped: status.size, total: units.length };
}

/**
 * Rounds the coordinates in an SVG's path data to `digits` decimals (0.1 px is invisible at any zoom a
 * report is read at), which cuts a map's size by about a quarter. Only `d="..."` attributes change.
 *
 * @example
 * roundPathData('<path d="M1.2345,6.789L2,3"/>'); // '<path d="M1.2,6.8L2,3"/>'
 */
export function roundPathData(svg: string, digits = 1): string {
  return svg.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(digits))))}"`);
}
