import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/nlp/entities/index.js';

const found = (text: string): string[] => recognizeEntities(text, []).map((m) => `${m.type}:${m.text}`);

// ROAD_NUMBER (refine.ts).
describe('a road named by its number', () => {
  it('is one place, word and number', () => {
    expect(found('Trucks drove along Interstate 95 on Friday.')).toEqual(['PLACE:Interstate 95']);
    expect(found('The crash closed Route 66 near Tulsa.')).toEqual(['PLACE:Route 66', 'PLACE:Tulsa']);
    expect(found('Traffic on Highway 1 was slow.')).toEqual(['PLACE:Highway 1']);
  });

  it('needs the number: a word for roads alone is no road', () => {
    expect(found('The Highway Patrol said the route was closed.').join(' ')).not.toContain('PLACE:Highway');
  });
});
