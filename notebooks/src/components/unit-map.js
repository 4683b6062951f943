// Choropleth maps from the REAL unit boundaries (@canbang/data-vn's TopoJSON, via topojson-client): the
// nation (3,321 unit shapes) and one province, coloured by status or load, each unit a link one level down
// (nation -> province page, province -> unit profile).
import * as Plot from "@observablehq/plot";
import {feature, mesh} from "topojson-client";
import {loadBands, statusColor} from "./labels.js";
import {plotInParts} from "./plot-in-parts.js";

/** Every unit's shape as GeoJSON features (properties: code, province_code). */
export function unitFeatures(topology) {
  return feature(topology, topology.objects.units).features;
}

/** Province borders (each shared border once), or one province's outline when `province` is given. */
export function provinceLines(topology, province) {
  const provinces = topology.objects.provinces;
  if (province === undefined) return mesh(topology, provinces);
  return mesh(topology, {...provinces, geometries: provinces.geometries.filter((g) => g.properties.province_code === province)});
}

/** Colour scale of a map: by status (categorical) or by load (diverging around 1, band edges as ticks). */
export function mapColor(colourBy, txt, bands) {
  if (colourBy === "status") return statusColor(txt);
  const edges = loadBands(bands);
  return {
    type: "diverging", scheme: "RdBu", reverse: true, pivot: 1, domain: [0.4, 1.6], clamp: true, legend: true,
    label: txt.t("nb.axis.load"), ticks: [0.4, edges.underloadedBelow, 1, edges.overloadedAbove, 1.6], tickFormat: (x) => txt.fmt(x, 2)
  };
}

/** The colour value of a unit: its status, or its load (a unit with work and no staff at the top of the scale). */
export const unitColourValue = (colourBy) => (u) => (colourBy === "status" ? u.status : u.load === null ? 9 : u.load);

/**
 * The units of the dataset in use split by whether the atlas has their boundary: `shapes` (features of units
 * in `byCode`) and `points` (units of `byCode` with no shape, drawn as dots at their coordinates), with the
 * map's projection domain covering both. A dataset loaded on the Data page may hold only some of the atlas'
 * units, or units the atlas does not know.
 */
export function mappedUnits(allShapes, byCode) {
  const shapes = allShapes.filter((f) => byCode.has(f.properties.code));
  const shaped = new Set(shapes.map((f) => f.properties.code));
  const points = [...byCode.values()].filter((u) => !shaped.has(u.code) && Number.isFinite(u.lon) && Number.isFinite(u.lat));
  return {shapes, points, domain: boxDomain(shapes, points)};
}

// The projection domain as the two corners of the lon/lat box around the shapes and points: a Mercator map
// of a lon/lat box is a rectangle, so it fits the same frame as the shapes themselves, and it costs one scan
// of the coordinates instead of Plot's projected bounds of every shape on every draw.
function boxDomain(shapes, points) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const add = ([x, y]) => {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  };
  const walk = (c) => (typeof c[0] === "number" ? add(c) : c.forEach(walk));
  for (const f of shapes) walk(f.geometry.coordinates);
  for (const u of points) add([u.lon, u.lat]);
  if (x0 > x1) return {type: "Sphere"};
  return {type: "MultiPoint", coordinates: [[x0, y0], [x1, y1]]};
}

/**
 * A choropleth of the units of `byCode` (from `shapes`, features whose properties.code is a unit code; units
 * with no shape as dots), coloured by status or load, each unit a link (`href(unit)`), with `lines` (a
 * MultiLineString) drawn over it. Resolves to the chart once every shape is drawn (in parts, one
 * main-thread task each: components/plot-in-parts.js).
 */
export function choropleth({shapes: allShapes, byCode, lines, colourBy, txt, bands, width, href, description, extra = []}) {
  const colourOf = unitColourValue(colourBy);
  const {shapes, points, domain} = mappedUnits(allShapes, byCode);
  return plotInParts({width, projection: {type: "mercator", domain, inset: 6}, color: mapColor(colourBy, txt, bands)}, {
    data: shapes,
    description,
    mark: (part) => Plot.geo(part, {
      fill: (f) => colourOf(byCode.get(f.properties.code)),
      stroke: "white", strokeWidth: shapes.length > 500 ? 0.1 : 0.5, ariaDescription: description,
      href: (f) => href(byCode.get(f.properties.code)),
      title: (f) => unitTitle(byCode.get(f.properties.code), txt)
    }),
    before: [
      Plot.dot(points, {x: "lon", y: "lat", r: 4, fill: colourOf, stroke: "#333", strokeWidth: 0.5, ariaDescription: `${description}-points`,
        href, title: (u) => unitTitle(u, txt)})
    ],
    after: [Plot.geo(lines, {stroke: "#333", strokeWidth: shapes.length > 500 ? 0.5 : 1}), ...extra]
  });
}

/** Tooltip of a unit on a map. */
export function unitTitle(u, {t, fmt, code}) {
  return `${u.name} (${u.province_name ?? u.province})\n${code("kind", u.kind)} · ${code("status", u.status)}\n${t("nb.tip.unit", {staff: fmt(u.staff), required: fmt(u.required, 1), load: fmt(u.load, 2)})}`;
}
