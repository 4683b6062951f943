// Choropleth maps from the REAL unit boundaries (@canbang/data-vn's TopoJSON, via topojson-client): the
// nation (3,321 unit shapes) and one province, coloured by status or load, each unit a link one level down
// (nation -> province page, province -> unit profile).
import * as Plot from "@observablehq/plot";
import {feature, mesh} from "topojson-client";
import {loadBands, statusColor} from "./labels.js";

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
 * A choropleth of `shapes` (features whose properties.code is a unit code of `byCode`), coloured by
 * status or load, each shape a link (`href(unit)`), with `lines` (a MultiLineString) drawn over it.
 */
export function choropleth({shapes, byCode, lines, colourBy, txt, bands, width, href, description, extra = []}) {
  const colourOf = unitColourValue(colourBy);
  return Plot.plot({
    width,
    projection: {type: "mercator", domain: {type: "FeatureCollection", features: shapes}, inset: 6},
    color: mapColor(colourBy, txt, bands),
    marks: [
      Plot.geo(shapes, {
        fill: (f) => colourOf(byCode.get(f.properties.code)),
        stroke: "white", strokeWidth: shapes.length > 500 ? 0.1 : 0.5, ariaDescription: description,
        href: (f) => href(byCode.get(f.properties.code)),
        title: (f) => unitTitle(byCode.get(f.properties.code), txt)
      }),
      Plot.geo(lines, {stroke: "#333", strokeWidth: shapes.length > 500 ? 0.5 : 1}),
      ...extra
    ]
  });
}

/** Tooltip of a unit on a map. */
export function unitTitle(u, {t, fmt, code}) {
  return `${u.name} (${u.province_name ?? u.province})\n${code("kind", u.kind)} · ${code("status", u.status)}\n${t("nb.tip.unit", {staff: fmt(u.staff), required: fmt(u.required, 1), load: fmt(u.load, 2)})}`;
}
