// ESLint flat config: TypeScript rules, and eslint-plugin-regexp so that no pattern run on a
// stranger's text can backtrack super-linearly (the unseen-corpus issue: one article hung a story).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'models/**', 'coverage/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    extends: [tseslint.configs.recommended, regexp.configs['flat/recommended']],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
