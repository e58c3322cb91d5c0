// src/nlp with the planted analyser (planted-analyser.ts), for a test worker bundle.
import { analyzeArticle as real } from '../../src/nlp/index.js';
import { planted } from './planted-analyser.js';

export * from '../../src/nlp/index.js';
export const analyzeArticle = planted(real);
