import { NationalReport } from './national-report.entity.js';
import { NeedTranslation } from './need-translation.entity.js';
import { Need } from './need.entity.js';

export const NEEDS_ENTITIES = [NationalReport, Need, NeedTranslation];
