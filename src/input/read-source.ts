import { detectShape } from './detect-shape.js';
import { BrokenStreamError, type InputEvent, type Prefilter } from './input-event.js';
import { openSource, type SourceTarget } from './open-source.js';
import { readCsv } from './read-csv.js';
import { readJsonElements } from './read-json-elements.js';
import { readJsonLines } from './read-json-lines.js';
import { readQueryApi } from './read-query-api.js';

/**
 * Reads one file (or standard input): a `file` event with its shape, then its records, invalid and
 * filtered items; or one `skipped` event when it holds no call logs. Throws InputError on a read failure.
 * A gzip stream that breaks off keeps what was read before the break: the break is one invalid item
 * (or, before anything was read, the file is skipped), so one torn blob does not cost the others.
 */
export async function* readSource(
  target: SourceTarget,
  stdin: NodeJS.ReadableStream,
  prefilter: Prefilter | undefined,
): AsyncGenerator<InputEvent> {
  const source = await openSource(target, stdin);
  const file = source.name;
  let started = false;
  try {
    const { detection, text } = await detectShape(source.text);
    if (detection.kind === 'skip') {
      yield { kind: 'skipped', file, reason: detection.reason };
      return;
    }
    yield { kind: 'file', file, shape: detection.shape, gzip: source.gzip };
    started = true;
    switch (detection.shape) {
      case 'json-lines':
        yield* readJsonLines(text, file, prefilter);
        break;
      case 'json-array':
        yield* readJsonElements(text, file, [], prefilter);
        break;
      case 'records-envelope':
        yield* readJsonElements(text, file, ['records'], prefilter);
        break;
      case 'query-api':
        yield* readQueryApi(text, file, prefilter);
        break;
      case 'csv':
        yield* readCsv(text, file, detection.csv?.delimiter ?? ',', prefilter);
        break;
    }
  } catch (error) {
    if (!(error instanceof BrokenStreamError)) throw error;
    if (started) yield { kind: 'invalid', at: { file, line: null }, reason: `${error.reason}; the rest of the file is not read` };
    else yield { kind: 'skipped', file, reason: error.reason };
  } finally {
    source.close();
  }
}
