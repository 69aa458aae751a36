// Bundled by ./page-service.ts and evaluated in an extension page: the production in-page service, by name.
import './zod-jitless';
import * as service from '../../lib/service';

(globalThis as unknown as { __fluenzrService: typeof service }).__fluenzrService = service;
