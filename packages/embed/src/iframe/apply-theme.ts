/**
 * Runs before the element is defined (imported first by page.ts), so the chart's first render
 * already has the theme the parent asked for in the URL: `refugees-fr.html?theme=dark`.
 * An invalid value is left to the element, which shows and logs it.
 */
const theme = new URLSearchParams(location.search).get("theme");
if (theme !== null) document.querySelector("karabakh-chart")?.setAttribute("theme", theme);
