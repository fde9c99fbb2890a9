/**
 * Runs before the element is defined (imported first by page.ts), so the chart's first render
 * already has what the parent asked for in the URL:
 * - `?theme=dark`: the theme (an invalid value is left to the element, which shows and logs it);
 * - `?locale=hy`: the language, any tag with a message table (`en`, `en-US`, `fr`, `hy`, `ru`);
 *   set on the page and the element, which shows an unknown one as an error;
 * - `?src=/data/counts.json`: a data file (JSON story or records, or CSV records) to draw instead
 *   of the built-in story, **only from this page's own origin** (the page's `src-origin="same"`):
 *   an embed page must not become a way to show anyone's file under the newsroom's address.
 */
const params = new URLSearchParams(location.search);
const element: Element | null = document.querySelector("karabakh-chart");

const theme = params.get("theme");
if (theme !== null) element?.setAttribute("theme", theme);

const locale = params.get("locale");
if (locale !== null) {
  document.documentElement.lang = locale;
  element?.setAttribute("lang", locale);
}

const src = params.get("src");
// The page's markup has src-origin="same": the element refuses a file from another origin.
if (src !== null) element?.setAttribute("src", src);
