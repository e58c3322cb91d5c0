// A frame line as runs of text with the styles a terminal would show them in, so two frames
// compare by what is seen (colour, bold, dim, underline, inverse), not by how the escape codes
// that produce it happen to be ordered or closed.

interface Pen {
  fg: string | null;
  bg: string | null;
  bold: boolean;
  dim: boolean;
  underline: boolean;
  inverse: boolean;
}

const PLAIN: Pen = { fg: null, bg: null, bold: false, dim: false, underline: false, inverse: false };
const ESC = '\u001B';

/** The parameters of the SGR sequence (ESC [ digits and semicolons m) at `at`, and its end. */
function sgrAt(line: string, at: number): { params: string; end: number } | null {
  if (line[at] !== ESC || line[at + 1] !== '[') return null;
  let end = at + 2;
  while (end < line.length && ((line[end]! >= '0' && line[end]! <= '9') || line[end] === ';')) end++;
  return line[end] === 'm' ? { params: line.slice(at + 2, end), end: end + 1 } : null;
}

function apply(pen: Pen, params: string): Pen {
  const codes = params === '' ? [0] : params.split(';').map(Number);
  let next = { ...pen };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) next = { ...PLAIN };
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 22) next = { ...next, bold: false, dim: false };
    else if (code === 4) next.underline = true;
    else if (code === 24) next.underline = false;
    else if (code === 7) next.inverse = true;
    else if (code === 27) next.inverse = false;
    else if (code === 39) next.fg = null;
    else if (code === 49) next.bg = null;
    else if (code === 38 || code === 48) {
      // 38;5;n or 38;2;r;g;b
      const take = codes[i + 1] === 5 ? 2 : 4;
      const value = codes.slice(i + 1, i + 1 + take).join(';');
      if (code === 38) next.fg = value;
      else next.bg = value;
      i += take;
    } else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) next.fg = String(code);
    else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) next.bg = String(code);
  }
  return next;
}

function penName(pen: Pen): string {
  const parts = [
    pen.fg && `fg${pen.fg}`,
    pen.bg && `bg${pen.bg}`,
    pen.bold && 'bold',
    pen.dim && 'dim',
    pen.underline && 'underline',
    pen.inverse && 'inverse',
  ].filter(Boolean);
  return parts.join(',');
}

/** "{bold,fg94}news-tui{} · fixture": the line's text in runs of one look each. */
export function styledRuns(line: string): string {
  let pen = PLAIN;
  let out = '';
  let run = '';
  let runPen = '';
  for (let i = 0; i < line.length;) {
    const sgr = sgrAt(line, i);
    if (sgr) {
      pen = apply(pen, sgr.params);
      i = sgr.end;
      continue;
    }
    const name = penName(pen);
    if (name !== runPen && run) {
      out += runPen ? `{${runPen}}${run}{}` : run;
      run = '';
    }
    runPen = name;
    run += line[i];
    i++;
  }
  if (run) out += runPen ? `{${runPen}}${run}{}` : run;
  return out;
}

/** A whole frame as styled runs, line by line. */
export const styledFrame = (frame: string): string[] => frame.split('\n').map(styledRuns);
