/**
 * Right-to-left text, for a figure whose locale is written right to left (`dir="rtl"`).
 *
 * The plot keeps its geometry in every locale (charts README, "Right-to-left"): its SVG is drawn
 * left to right, so a `text-anchor` means the same in every browser and in the SVG/PNG renderer
 * whatever the page's direction, and no label moves or leaves the SVG. Each SVG text holding a
 * right-to-left letter then gets a right-to-left base direction of its own, through a Unicode
 * isolate (U+2067 RLI … U+2069 PDI), so that its punctuation, brackets, numbers and Latin runs sit
 * where an Arabic or Hebrew reader expects them.
 *
 * In the HTML chrome, `dir="rtl"` on the figure mirrors the text; a name from the data (a
 * publisher, a table cell) is isolated (`<bdi>`, `dir="auto"`) so that a Latin name keeps its own
 * order inside Arabic text.
 */

/** Letters of the scripts written right to left (Unicode has no Bidi_Class property in JS). */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

const RLI = "\u2067";
const PDI = "\u2069";

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
      if (run.data.startsWith(RLI) || !hasRtlLetter(run.data)) continue;
      run.data = `${RLI}${run.data}${PDI}`;
    }
  }
}

/** `node` isolated from the text around it in a right-to-left figure; unchanged otherwise. */
export function isolated(doc: Document, node: Node | string, rtl: boolean): Node | string {
  if (!rtl) return node;
  const bdi = doc.createElement("bdi");
  bdi.append(node);
  return bdi;
}
