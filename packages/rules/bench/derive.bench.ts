/**
 * Issue 3: derive + validate of a level-20 multiclass character with 40 items runs in under
 * 50 µs median on one core. `npm run bench` writes the result to tests/bench/results/.
 */
import { bench, describe } from 'vitest';

import { SRD_CATALOG, deriveCharacter, validateCharacter, validateWithDerived } from '../src/index.js';
import { LEVEL_20_MULTICLASS } from './level-20-multiclass.js';

// Long enough runs with a warm-up, so the median is the JIT-compiled steady state.
const options = { time: 2000, warmupTime: 500, warmupIterations: 1000 };

describe('rules engine: level-20 multiclass character with 40 items (SRD catalog)', () => {
  bench(
    'derive + validate (one pass: validateWithDerived)',
    () => {
      validateWithDerived(LEVEL_20_MULTICLASS, SRD_CATALOG);
    },
    options,
  );
  bench(
    'deriveCharacter + validateCharacter (two calls)',
    () => {
      deriveCharacter(LEVEL_20_MULTICLASS, SRD_CATALOG);
      validateCharacter(LEVEL_20_MULTICLASS, SRD_CATALOG);
    },
    options,
  );
  bench(
    'deriveCharacter',
    () => {
      deriveCharacter(LEVEL_20_MULTICLASS, SRD_CATALOG);
    },
    options,
  );
});
