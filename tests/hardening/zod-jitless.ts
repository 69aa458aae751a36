// Imported before any schema is built (zod reads the flag when a schema is made).
// Code evaluated through DevTools passes zod's `new Function` probe, which the
// page's CSP then refuses when a schema compiles later: parse as the page does.
import { config } from 'zod';

config({ jitless: true });
