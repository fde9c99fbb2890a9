/**
 * Parent-side resizer: sizes each karabakh2023 iframe to the height its page reports.
 *
 * A message changes an iframe's height only when all of these hold:
 * - `event.origin` is exactly the allowed origin (string equality, no prefix or pattern);
 * - `event.source` is the `contentWindow` of one of the page's karabakh2023 iframes;
 * - the data is exactly `{type: "karabakh2023:height", chart, height}` (see `parseHeightMessage`).
 * The height is then clamped to [100, 5000] px. Everything else is ignored.
 */
import { clampHeight, originError, parseHeightMessage } from "./protocol.js";

export { MAX_HEIGHT, MIN_HEIGHT } from "./protocol.js";

export interface ResizerOptions {
  /** The origin serving the embed pages, e.g. "https://charts.example.org". Required. */
  origin: string;
  /** Which iframes to size. Default `iframe[data-karabakh2023]`. */
  selector?: string;
  /** The parent window. Default the global `window`. */
  window?: Window;
}

export const DEFAULT_SELECTOR = "iframe[data-karabakh2023]";

/**
 * Starts listening for height messages; returns a function that stops.
 * Throws a TypeError naming the value when `origin` is not a bare http(s) origin.
 *
 * @example
 * import { attachResizer } from "@karabakh2023/embed/resizer";
 * attachResizer({ origin: "https://charts.example.org" });
 */
export function attachResizer(options: ResizerOptions): () => void {
  const error = originError(options?.origin);
  if (error) throw new TypeError(error);
  const { origin } = options;
  const view = options.window ?? window;
  const selector = options.selector ?? DEFAULT_SELECTOR;

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== origin || event.source === null) return;
    const message = parseHeightMessage(event.data);
    if (!message) return;
    for (const iframe of view.document.querySelectorAll<HTMLIFrameElement>(selector)) {
      if (iframe.contentWindow !== event.source) continue;
      const height = String(clampHeight(message.height));
      // The attribute for pages without CSS; the CSSOM property (allowed under a strict CSP)
      // wins over a stylesheet height the CMS may set on iframes.
      iframe.setAttribute("height", height);
      iframe.style.height = `${height}px`;
      return;
    }
  };
  view.addEventListener("message", onMessage);
  return () => view.removeEventListener("message", onMessage);
}
