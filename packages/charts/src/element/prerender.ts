/**
 * What a prerendered figure records so that `<karabakh-chart>` can recognise it when its script
 * arrives, shared by the server (`renderHtml` in @karabakh2023/embed) and the element:
 *
 * - `data-k23-key`: a fingerprint of the chart, its options (as the element's attributes parse
 *   them) and its data (the desk's, or the built-in story's tables). A page whose script draws
 *   other data or options (a corrected dataset, an edited attribute) does not match: it redraws.
 * - `data-k23-width`: the width it was drawn at, compared with the element's width on arrival.
 * - `data-k23-digest`: a digest of the markup itself (every element, attribute and text), so an
 *   edited copy (a number changed by hand, a CMS that rewrote the SVG) is redrawn, not adopted.
 *
 * None of this is a signature: whoever writes the page can write matching values. What keeps a
 * tampered figure from running script is `unsafeMarkup`, checked before anything is adopted.
 */

import { defaultStoryFingerprint } from "../default-story.js";
import { CSV_LINK } from "../figure/csv.js";
import { safeUrl } from "../figure/safe-url.js";
import type { ChartId } from "../registry.js";

/**
 * Bumped when what is recorded, or how, changes: older markup is then redrawn. 2: the built-in
 * dataset is fingerprinted by its build (`datasetVersion`), not by hashing its tables.
 */
export const PRERENDER_FORMAT = 2;

export const PRERENDER_ATTRIBUTES = {
  format: "data-k23-prerender",
  key: "data-k23-key",
  width: "data-k23-width",
  digest: "data-k23-digest",
} as const;

/**
 * How far the element's width may be from the drawn width for the figure to be adopted: 3%. It
 * covers a classic desktop scrollbar appearing or not (15–17 px of a 640 px column, 2.7%); the
 * SVG then scales by at most 3% (10 px tick labels at 9.7 px), and Plot's tick count (one per
 * 80 px) and text layout do not change. Beyond it the chart is redrawn at the element's width.
 */
export const WIDTH_TOLERANCE = 0.03;

export function widthMatches(drawnWidth: number, width: number): boolean {
  return Math.abs(width - drawnWidth) <= WIDTH_TOLERANCE * drawnWidth;
}

/**
 * cyrb53: a fast 53-bit string hash (not cryptographic: this detects change, not forgery), fed
 * piece by piece: hashing the pieces of a text in order gives the hash of the whole text.
 */
class Hash {
  #h1 = 0xdeadbeef;
  #h2 = 0x41c6ce57;
  update(text: string): this {
    let h1 = this.#h1;
    let h2 = this.#h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.#h1 = h1;
    this.#h2 = h2;
    return this;
  }
  digest(): string {
    let h1 = this.#h1;
    let h2 = this.#h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }
}
const hash = (text: string) => new Hash().update(text).digest();

/**
 * How many nodes a step of the walks below covers before it yields: a step costs well under a
 * millisecond at a phone's speed, so a caller running them in time slices (the element, see
 * adopt.ts) keeps each task short, and one running them to the end pays nothing for it.
 */
const NODES_PER_STEP = 64;
/** Likewise, how many characters of one long attribute value a step hashes. */
const CHARACTERS_PER_STEP = 8192;

/** Runs one of the walks below to its end, in the current task. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The fingerprint of a chart drawn with `options` (the element's parsed attributes) from `data`.
 * Undefined data is the built-in story: it counts as the build-time fingerprint of the built-in
 * dataset (`defaultStoryFingerprint`), a constant, so a page holding three prerendered figures
 * never hashes the tables (at a phone's speed, tens of milliseconds each), and the key does not
 * depend on which of the dataset's locale texts the page happens to have loaded (the server has
 * them all, a page only those it draws in).
 */
export function prerenderKey(chart: ChartId, options: Record<string, unknown>, data: unknown): string {
  const drawn = data === undefined ? { builtIn: defaultStoryFingerprint() } : data;
  return `${PRERENDER_FORMAT}.${hash(JSON.stringify([chart, options, drawn]))}`;
}

/**
 * Attributes the digest leaves out: its own; `open`, which the reader toggles before the script
 * arrives; `nonce`, which browsers hide from scripts once parsed (it reads as "").
 */
const UNDIGESTED = /* @__PURE__ */ new Set<string>([PRERENDER_ATTRIBUTES.digest, "open", "nonce"]);

/**
 * Digest of `root`'s markup as a parser builds it: element names, attributes in order and text.
 * Adjacent text nodes hash as one, as they parse; names are lower-cased (HTML parsers and
 * linkedom spell SVG names differently).
 */
export function markupDigest(root: Element): string {
  return runToEnd(markupDigestSteps(root));
}

/** `markupDigest` as a walk that yields every few nodes (see `NODES_PER_STEP`). */
export function* markupDigestSteps(root: Element): Generator<void, string> {
  const h = new Hash();
  // Depth first, in document order: a node, or the end of an element (its closing mark).
  const stack: (Node | null)[] = [root];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      h.update("\u0005");
      continue;
    }
    if (!node) break;
    if (++count % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3) {
      h.update(node.nodeValue ?? "");
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    h.update("\u0002").update(el.localName.toLowerCase());
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (UNDIGESTED.has(name)) continue;
      h.update("\u0003").update(name).update("=");
      // A map's path data runs to 100 000 characters: hashed a piece per step.
      const value = attr.value;
      for (let at = 0; at < value.length; at += CHARACTERS_PER_STEP) {
        if (at > 0) yield;
        h.update(value.slice(at, at + CHARACTERS_PER_STEP));
      }
    }
    h.update("\u0004");
    stack.push(null);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return h.digest();
}

/** Elements a figure never contains, that could run script, load content or take input. */
const FORBIDDEN = /* @__PURE__ */ new Set(
  [
    "script iframe frame frameset object embed applet foreignobject img image video audio source track",
    "link meta base form input button textarea select template noscript math portal",
    "animate set animatetransform animatemotion handler listener use",
  ]
    .join(" ")
    .split(" "),
);
const URL_ATTRIBUTES = /* @__PURE__ */ new Set([
  "href",
  "xlink:href",
  "src",
  "srcset",
  "action",
  "formaction",
  "data",
  "poster",
  "ping",
]);
/** Attributes with CSS values, where `url(…)` could load something: only fragments (`url(#id)`) pass. */
const PAINT_ATTRIBUTES = new Set([
  "style",
  "fill",
  "stroke",
  "clip-path",
  "mask",
  "filter",
  "marker-start",
  "marker-mid",
  "marker-end",
  "cursor",
]);

/**
 * Why `root` cannot be adopted as a figure, or undefined when it can: it holds an element the
 * figure never draws (script, iframe, SVG animation…), an event handler attribute (`onload=`),
 * a link that is not https, a fragment or the figure's own CSV download, or a CSS `url()` that
 * is not a fragment. The same rules as the hostile suite's check of every chart's output.
 */
export function unsafeMarkup(root: Element): string | undefined {
  return runToEnd(unsafeMarkupSteps(root));
}

/** `unsafeMarkup` as a walk that yields every few elements (see `NODES_PER_STEP`). */
export function* unsafeMarkupSteps(root: Element): Generator<void, string | undefined> {
  let count = 0;
  for (const el of [root, ...root.querySelectorAll("*")]) {
    if (++count % NODES_PER_STEP === 0) yield;
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) return `<${tag}> element`;
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      // (A document in an attribute only loads in an <iframe>, which is refused above.)
      if (name.startsWith("on")) return `${name} attribute on <${tag}>`;
      const url = URL_ATTRIBUTES.has(name);
      // Only these attributes' values are read: a map's path data (`d`) is most of the figure.
      if (!url && !PAINT_ATTRIBUTES.has(name)) continue;
      const value = attr.value.trim();
      if (url) {
        const csv =
          tag === "a" && name === "href" && el.hasAttribute("download") && value.startsWith(CSV_LINK);
        if (!value.startsWith("#") && !csv && safeUrl(value) === undefined)
          return `${name}="${value}" on <${tag}>`;
      }
      if (
        PAINT_ATTRIBUTES.has(name) &&
        /url\(\s*(?!['"]?#)|expression\s*\(|@import|behavior\s*:|javascript:/i.test(value)
      ) {
        return `${name}="${value}" on <${tag}>`;
      }
    }
  }
  return undefined;
}
