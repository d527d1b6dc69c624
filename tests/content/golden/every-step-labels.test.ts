import { describe } from 'vitest';
import { everyStepTests } from '../../golden/authored-steps';
import { ESSAY_SLUG } from '../essay';

describe('the essay', () => everyStepTests(ESSAY_SLUG));
