// `node --import <this file> …`: every module the process resolves is written, one URL a line, to the file named by
// ACS_CALLLOGS_TRACE_MODULES. The tests of lazy loading read it (lazy-loading.test.ts).
import { register } from 'node:module';

register('./trace-modules-hooks.js', import.meta.url, { data: { file: process.env.ACS_CALLLOGS_TRACE_MODULES ?? '' } });
