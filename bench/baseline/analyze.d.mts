export interface BaselineSpan {
  start: number;
  end: number;
  text: string;
  type: string;
}
export function analyzeFolder(dir: string): string[];
export function baselineEntities(text: string): BaselineSpan[];
export function baselineTimes(text: string, date: string): BaselineSpan[];
