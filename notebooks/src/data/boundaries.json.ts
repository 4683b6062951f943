// Data loader: the REAL boundaries of every unit and province (TopoJSON, quantized) from @canbang/data-vn,
// for the choropleth maps. Written as stored (already simplified to ~3 % of the atlas' vertices).
import { loadBoundaries } from '@canbang/data-vn';

process.stdout.write(JSON.stringify(loadBoundaries()));
