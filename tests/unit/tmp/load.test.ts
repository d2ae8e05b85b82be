import { it } from 'vitest';
import { loadData, clearDataCache } from '../../../src/data';
it('load', () => { clearDataCache(); try { loadData(); console.log('OK'); } catch (e) { console.log(String((e as Error).message)); } });
