/** Breaks text into lines of at most `max` characters at spaces; a longer word (a URL) gets a line of its own, broken at `/`, `?` or `&` when it must. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string): void => {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length <= max) {
      push(word);
      continue;
    }
    // Long words (URLs) split after their own separators, so each piece still reads as part of it.
    let rest = word;
    while (rest.length > max) {
      const cut = Math.max(rest.lastIndexOf('/', max - 1), rest.lastIndexOf('?', max - 1), rest.lastIndexOf('&', max - 1));
      const at = cut > 0 ? cut + 1 : max;
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    push(rest);
  }
  if (line) lines.push(line);
  return lines;
}
