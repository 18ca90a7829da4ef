// Splits a typed command line into arguments as a POSIX shell would: blanks separate words,
// '…' keeps everything literally, "…" keeps blanks, a backslash escapes the next character.

/** The words of `line`, or bash's complaint about an unclosed quote. */
export function tokenize(line: string): { args: string[] } | { error: string } {
  const args: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) word += line[++i]!;
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i]!;
      inWord = true;
    } else if (ch === ' ' || ch === '\t') {
      if (inWord) args.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote !== undefined) return { error: `bash: unexpected EOF while looking for matching \`${quote}'` };
  if (inWord) args.push(word);
  return { args };
}
