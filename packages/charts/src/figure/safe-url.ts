/**
 * The one gate every link passes before it reaches an `href`: only absolute `https:` URLs are
 * kept (no `javascript:`, `data:`, `http:` or relative URLs from data). Anything else is shown
 * as text by the caller.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password) return undefined;
  return parsed.href;
}
