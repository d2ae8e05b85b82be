import { it } from 'vitest';
import { getSources } from '../../../src/data';
import { formatReference } from '../../../src/citations';
it('show', () => { for (const s of getSources()) console.log(s.id, '::', formatReference(s).replace(/<a [^>]*>/g, '[').replace(/<\/a>/g, ']')); });
