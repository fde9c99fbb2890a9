/**
 * The d3-geo functions the core's Plot reaches through the world file (rollup.config.mjs,
 * `GEO_FORWARDED`, lists the same names): what Plot projects with, in the three projections
 * offered. The core keeps only geoTransform, which Plot calls when it loads.
 */
export {
  geoClipRectangle,
  geoEqualEarth,
  geoEquirectangular,
  geoIdentity,
  geoMercator,
  geoPath,
  geoStream,
} from "d3-geo";
