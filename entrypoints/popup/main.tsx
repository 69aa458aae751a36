import '../../components/styles.css';
import { paintPopupFirst } from '../../components/popup/firstPaint';

// The header and plan usage are painted from two plain IndexedDB reads, then
// the page (React, Dexie, zod, the strings: over 700 KB) loads: started
// together, the modules' loading delayed those reads by about 50 ms.
let started = false;
const startPage = () => {
  if (started) return;
  started = true;
  void import('./app');
};
void paintPopupFirst(document.getElementById('root')!).finally(startPage);
// A database busy with an upgrade elsewhere must not hold the page back.
setTimeout(startPage, 100);
