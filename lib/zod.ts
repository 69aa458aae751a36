// Every schema imports zod from here. zod probes `new Function` when its first
// object schema is built, to compile faster parsers; an extension page's CSP
// refuses eval, so the probe is a reported CSP violation in every page and the
// worker, and gains nothing. With jitless set before any schema exists, zod
// never probes (it reads the flag when a schema is made).
import { config, z } from 'zod';

config({ jitless: true });

export { z };
