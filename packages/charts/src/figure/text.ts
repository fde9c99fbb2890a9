/**
 * Plot does not measure text, and neither Node nor a detached element can. These estimates
 * (average glyph widths of a humanist sans-serif, rounded up) size margins and wrap labels so
 * nothing is clipped; they err on the wide side.
 */
const NARROW = new Set("iljtf.,:;'|!()[] ·".split(""));
const WIDE = new Set("mwMW@%".split(""));
const LETTER = /\p{L}/u;

/** Approximate rendered width of `text` in px at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= "A" && ch <= "Z") em += 0.68;
    else if (ch >= "0" && ch <= "9") em += 0.58;
    // Armenian runs wider still in DejaVu Sans (Debian's system-ui, and the PNG renderer's font):
    // measured with resvg, 0.66 let the hy curve's population label run off a 320 px image.
    else if (ch >= "\u0530" && ch <= "\u058f") em += 0.74;
    // Cyrillic, Arabic... run wider than Latin lower case in the fonts that draw them
    // (Noto Sans Armenian, DejaVu Sans): measured on the hy and ru charts, 0.56 clipped labels.
    else if (ch > "\u024f" && LETTER.test(ch)) em += 0.66;
    // Latin lower case: DejaVu Sans averages 0.59–0.61 em on the dataset's labels, 0.56 was short.
    else em += 0.6;
  }
  return em * fontSize;
}

/**
 * How much wider bold text runs than `textWidth`'s regular estimate: DejaVu Sans Bold measured
 * 1.11–1.14× its regular weight on the dataset's labels (resvg), so 1.08 let bold headings
 * overflow a 320 px column.
 */
export const BOLD = 1.15;

/**
 * Splits `text` into lines no wider than `maxWidth`, breaking at spaces; a word longer than a
 * line is cut with a hyphen. At most `maxLines` lines; the last one ends with "…" if text remains.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = "";
  // Break at ordinary spaces only: no-break spaces (French "100 417", "Tués :") hold.
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    // Cut the word into hyphenated pieces until the rest fits. Widths add up per character, so
    // one pass suffices even for a pasted word of thousands of characters, and every piece takes
    // at least one character, so a line narrower than one character cannot loop forever.
    const chars = Array.from(word);
    const hyphen = textWidth("-", fontSize);
    let rest = textWidth(word, fontSize);
    let start = 0;
    while (rest > maxWidth && chars.length - start > 1) {
      let end = start + 1;
      let piece = textWidth(chars[start] ?? "", fontSize);
      while (end < chars.length - 1) {
        const next = textWidth(chars[end] ?? "", fontSize);
        if (piece + next + hyphen > maxWidth) break;
        piece += next;
        end++;
      }
      lines.push(`${chars.slice(start, end).join("")}-`);
      rest -= piece;
      start = end;
    }
    line = chars.slice(start).join("");
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (textWidth(last, fontSize) > maxWidth && last.length > 2) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}
