import { describe } from 'vitest';
import { everyStepTests } from './authored-steps';

describe('kitchen sink', () => everyStepTests('kitchen-sink'));
