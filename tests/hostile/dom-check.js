// The inertness rules of the hostile suite, in plain JavaScript so that the Node tests (on
// linkedom) and the Chromium tests (on the live DOM, served to the page) apply the very same
// checks. See inert.ts for what "inert" means.

/** Elements that can run script, load content or submit: never in a chart's output. */
export const FORBIDDEN_TAGS = [
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "foreignobject",
  "img",
  "image",
  "video",
  "audio",
  "source",
  "track",
  "link",
  "meta",
  "base",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "template",
  "noscript",
  "math",
  "animate",
  "set",
  "animatetransform",
  "animatemotion",
  "handler",
  "listener",
  "use",
  "portal",
];

const URL_ATTRIBUTES = new Set([
  "href",
  "xlink:href",
  "src",
  "action",
  "formaction",
  "poster",
  "data",
  "ping",
]);
/** Attributes that take CSS values, where url(...) or expression(...) could load or run something. */
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
const GEOMETRY_ATTRIBUTES = new Set(
  "x y x1 x2 y1 y2 cx cy r rx ry width height d points transform viewbox dx dy".split(" "),
);
/** The chart's own CSV download: the only non-https URL a figure may carry. */
export const CSV_LINK = "data:text/csv;charset=utf-8,";
/** Text a reader should never see: a number or object that went through String() unchecked. */
const LEFTOVERS = ["NaN", "undefined", "[object Object]", "Infinity"];

/** Control and invisible characters browsers strip from URLs before reading the scheme. */
const stripForScheme = (value) =>
  [...value]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return !(
        code <= 0x20 ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0xad ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x2028 && code <= 0x202e) ||
        code === 0xfeff
      );
    })
    .join("");

/** Every problem found in `root` (empty when the figure is inert). */
export function findProblems(root, injected = []) {
  const problems = [];
  const visit = (el) => {
    const tag = el.tagName.toLowerCase();
    const where = `<${tag}${el.getAttribute("class") ? ` class="${el.getAttribute("class")}"` : ""}>`;
    if (FORBIDDEN_TAGS.includes(tag)) problems.push({ problem: `forbidden element <${tag}>`, where });
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? "";
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) problems.push({ problem: `event handler attribute ${name}`, where });
      if (lower === "srcdoc") problems.push({ problem: "srcdoc attribute", where });
      if (URL_ATTRIBUTES.has(lower)) {
        const scheme = stripForScheme(value).toLowerCase();
        const ok =
          scheme.startsWith("https://") || (lower === "href" && tag === "a" && value.startsWith(CSV_LINK));
        if (!ok) problems.push({ problem: `${name}="${value.slice(0, 80)}" is not an https link`, where });
      }
      if (PAINT_ATTRIBUTES.has(lower)) {
        const urls = [...value.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/gi)].map((m) => m[2] ?? "");
        if (urls.some((u) => !u.startsWith("#")) || urls.length < (value.match(/url\(/gi) ?? []).length)
          problems.push({ problem: `${name}="${value.slice(0, 80)}": url() other than a fragment`, where });
        if (/expression\s*\(|@import|behavior\s*:|javascript:/i.test(value))
          problems.push({ problem: `CSS expression, import or script URL in ${name}`, where });
      }
      if (GEOMETRY_ATTRIBUTES.has(lower) && /NaN|Infinity|undefined/.test(value))
        problems.push({ problem: `${name}="${value.slice(0, 80)}": non-finite geometry`, where });
    }
    if (tag === "style") {
      const css = el.textContent ?? "";
      for (const text of injected) {
        // Only text that could mean something in CSS ("dark" is also a theme selector).
        if (/[<>{};()"'\\@]/.test(text) && css.includes(text))
          problems.push({ problem: "injected text inside a <style>", where });
      }
      if (/javascript:|expression\s*\(|@import|<\//i.test(css))
        problems.push({ problem: "script URL, expression, import or end tag in a <style>", where });
    }
    for (const child of el.children) visit(child);
  };
  visit(root);
  const text = root.textContent ?? "";
  for (const leftover of LEFTOVERS) {
    if (text.includes(leftover) && !injected.some((s) => s.includes(leftover)))
      problems.push({ problem: `"${leftover}" in the text`, where: "textContent" });
  }
  return problems;
}
