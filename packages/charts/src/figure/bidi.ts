/**
 * Right-to-left text, for a figure whose locale is written right to left (`dir="rtl"`).
 *
 * The plot keeps its geometry in every locale (charts README, "Right-to-left"): its SVG is drawn
 * left to right, so a `text-anchor` means the same in every browser and in the SVG/PNG renderer
 * whatever the page's direction, and no label moves or leaves the SVG. Each SVG text holding a
 * right-to-left letter then gets a right-to-left base direction of its own, through a Unicode
 * embedding (U+202B RLE … U+202C PDF), so that its punctuation, brackets, numbers and Latin runs sit
 * where an Arabic or Hebrew reader expects them.
 *
 * In the HTML chrome, `dir="rtl"` on the figure mirrors the text; a name from the data (a
 * publisher, a table cell) is isolated (`<bdi>`, `dir="auto"`) so that a Latin name keeps its own
 * order inside Arabic text.
 */

/** Letters of the scripts written right to left (Unicode has no Bidi_Class property in JS). */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

// An embedding, not an isolate (U+2067 … U+2069): WebKit's SVG text ignores isolates, and drew
// "(ناغورنو كاراباخ)" with its brackets the wrong way round; embeddings it honours, as Chromium,
// Firefox and resvg do. Each run is a whole <text> or <tspan>, so nothing outside it can leak in.
const RLE = "\u202b";
const PDF = "\u202c";

/** True when `text` holds a letter of a right-to-left script. */
export const hasRtlLetter = (text: string): boolean => RTL_LETTER.test(text);

/**
 * Draws the plot `svg` left to right and gives each of its texts with a right-to-left letter a
 * right-to-left base direction (see the module comment). Idempotent.
 */
export function isolateRtlPlotText(svg: Element): void {
  svg.setAttribute("direction", "ltr");
  // Each line of a label is its own run: a <text>'s own text, or one <tspan> per line. Only
  // text nodes change, so a mark's <title> (its tooltip) stays as it is.
  for (const element of svg.querySelectorAll("text, tspan")) {
    for (const node of element.childNodes) {
      if (node.nodeType !== 3) continue;
      const run = node as Text;
      if (run.data.startsWith(RLE) || !hasRtlLetter(run.data)) continue;
      run.data = `${RLE}${run.data}${PDF}`;
    }
  }
  for (const text of svg.querySelectorAll("text")) splitLines(text);
}

/** "0.95em" → 0.95; anything else (px, %, none) → undefined. */
const ems = (value: string | null): number | undefined =>
  value !== null && /^-?[\d.]+em$/.test(value) ? Number.parseFloat(value) : undefined;

/**
 * A label of several lines (Plot: one `<tspan x="0" dy="1.2em">` per line) holding right-to-left
 * text becomes one `<text>` per line. WebKit (Safari, WebKitGTK 2.48) anchors every line of such a
 * label at the wrong end, as if `text-anchor` were `start`, when the lines share one `<text>`:
 * "end"-anchored Arabic labels run off the right of the plot. One line per `<text>` it anchors as
 * Chromium and Firefox do. Only lines placed in em (Plot's) are split; the first keeps any
 * `<title>` (the mark's tooltip).
 */
function splitLines(text: Element): void {
  const lines = [...text.children].filter((c) => c.tagName.toLowerCase() === "tspan");
  if (lines.length < 2 || !lines.some((l) => hasRtlLetter(l.textContent ?? ""))) return;
  const first = ems(lines[0]?.getAttribute("y") ?? null);
  const steps = lines.slice(1).map((l) => ems(l.getAttribute("dy")));
  if (first === undefined || steps.some((d) => d === undefined)) return;
  let y = first;
  let after: Element = text;
  lines.slice(1).forEach((line, i) => {
    y += steps[i] ?? 0;
    const own = text.cloneNode(false) as Element;
    line.removeAttribute("dy");
    line.setAttribute("y", `${Number(y.toFixed(4))}em`);
    own.append(line);
    after.after(own);
    after = own;
  });
}

/** `node` isolated from the text around it in a right-to-left figure; unchanged otherwise. */
export function isolated(doc: Document, node: Node | string, rtl: boolean): Node | string {
  if (!rtl) return node;
  const bdi = doc.createElement("bdi");
  bdi.append(node);
  return bdi;
}
