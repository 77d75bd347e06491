import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKqlQuery, type KqlQueryOptions } from '../../../src/kql/build-kql-query.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';
import { toLegId } from '../../../src/schema/values.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { evaluateLet, type KqlRow } from '../../support/kql-row-interpreter.js';
import { describeDiagnostics, kqlDiagnostics } from '../../support/kusto-validator.js';

/**
 * The records the query's verdicts are built from (source-records-kql.ts), read as summarize reads them
 * (normalise-record.ts, version-key.ts): each step that reads a record's ids and version, run by the row interpreter
 * and compared with what the CLI's reader makes of the same row.
 */

function assertValid(query: string, versionType: 'long' | 'string' = 'long'): void {
  const diagnostics = kqlDiagnostics(query, versionType);
  assert.deepEqual(diagnostics, [], `${describeDiagnostics(query, diagnostics)}\n\n${query}`);
}

function query(options: Partial<KqlQueryOptions> = {}): string {
  return buildKqlQuery({ thresholds: defaultThresholds(), origins: new Map(), since: null, perCall: false, ...options });
}

/**
 * The `| extend <column> = …` step of `let <name>` (with its continuation lines), alone in a `let Step`, for
 * evaluateLet; it must come before the let groups its records.
 */
function extendStep(q: string, name: string, column: string): string {
  const lines = q.split(/\n(?=let )/).find((l) => l.startsWith(`let ${name} =`))!.split('\n');
  const first = lines.findIndex((line) => line.startsWith(`    | extend ${column} = `));
  assert.ok(first > 0, `${name} sets ${column}`);
  const grouped = lines.findIndex((line) => /^ {4}\| summarize /.test(line));
  assert.ok(grouped > first, `${name}: ${column} set before it is grouped on`);
  const end = lines.findIndex((line, i) => i > first && line.startsWith('    |'));
  return `\nlet Step = Records\n${lines.slice(first, end).join('\n')};\n`;
}

test('leg ids are keyed as summarize keys them (toLegId): ParticipantId and EndpointId, a GUID in lower case, before streams and legs are grouped on', () => {
  const ids = ['9D64FEF3-726A-4C24-8C1C-6796FDC6B428', '9d64fef3-726a-4c24-8c1c-6796fdc6b428', 'E4d1A0b2-3C4d-4E5f-8A9b-0C1d2E3f4A5b', 'ABC-DEF', 'Bot:Contoso', ''];
  for (const perCall of [false, true]) {
    const q = query({ perCall });
    assertValid(q);
    for (const name of ['StreamVersions', 'LegVersions']) {
      const step = extendStep(q, name, 'ParticipantId');
      for (const id of ids) {
        const row = evaluateLet(step, 'Step', { ParticipantId: id, EndpointId: id });
        const read = toLegId(id) ?? '';
        assert.deepEqual([row.ParticipantId, row.EndpointId], [read, read], `${name}: ${id}`);
      }
    }
  }
});

test('a row of an *Updates table without its CallUpdatesVersion is a version ranked below the numbered ones, as summarize reads it, not a final record', () => {
  const q = query({ perCall: true });
  for (const versionType of ['long', 'string'] as const) assertValid(q, versionType);
  for (const [name, base] of [['StreamVersions', 'ACSCallDiagnostics'], ['LegVersions', 'ACSCallSummary']] as const) {
    assert.match(q, new RegExp(`let ${name} = union withsource=SourceTable isfuzzy=true ${base}, ${base}Updates\n`));
    const step = extendStep(q, name, 'Version');
    for (const table of [base, `${base}Updates`]) {
      for (const version of [undefined, null, 'None', '', 3, '3']) {
        const logged: KqlRow = version === undefined ? {} : { CallUpdatesVersion: version };
        const kql = evaluateLet(step, 'Step', { SourceTable: table, ...logged }).Version;
        const row = { Type: table, TimeGenerated: '2026-11-20T09:01:05Z', CorrelationId: 'c1e7a5e0-1d5a-4b1e-9c1e-1e95c0ffee01', ParticipantId: 'p', EndpointId: 'e', MediaType: 'Audio', StreamId: 1, ParticipantStartTime: '2026-11-20T09:00:00Z', ...logged };
        const read = normaliseRecord(row);
        assert.equal(read.kind, 'record');
        assert.equal(kql, read.kind === 'record' ? read.record.version : undefined, `${table} CallUpdatesVersion ${JSON.stringify(version)}`);
      }
    }
  }
});

test('each table\'s call id is the one summarize reads: CorrelationId first in CallSummary and CallDiagnostics, CallId first in the client tables, CallId alone in a survey', () => {
  const q = query();
  assertValid(q);
  const lines = q.split(/\n(?=let )/).find((l) => l.startsWith('let CallIds ='))!.split('\n');
  assert.match(lines[0]!, /^let CallIds = union withsource=SourceTable isfuzzy=true /);
  const first = lines.findIndex((line) => line.startsWith('    | extend CallId = '));
  const end = lines.findIndex((line, i) => i > first + 1 && /^ {4}\| (?!project)/.test(line));
  assert.ok(first > 0 && end > first, 'CallIds reads CallId and CorrelationId, then projects the call id');
  // The project, as an extend: the interpreter evaluates extends.
  const step = `\nlet Step = Records\n${lines.slice(first, end).join('\n').replace('| project ', '| extend ')};\n`;
  const tables = lines[0]!.replace(/^let CallIds = union withsource=SourceTable isfuzzy=true /, '').split(', ');
  assert.deepEqual(tables, ['ACSCallSummary', 'ACSCallSummaryUpdates', 'ACSCallDiagnostics', 'ACSCallDiagnosticsUpdates', 'ACSCallClientOperations', 'ACSCallClientMediaStatsTimeSeries', 'ACSCallSurvey']);
  for (const table of tables) {
    for (const ids of [{ CallId: 'c1e7a5e0-1d5a-4b1e-9c1e-1e95c0ffee01', CorrelationId: '9d64fef3-726a-4c24-8c1c-6796fdc6b428' }, { CallId: '', CorrelationId: '9d64fef3-726a-4c24-8c1c-6796fdc6b428' }, { CallId: 'c1e7a5e0-1d5a-4b1e-9c1e-1e95c0ffee01', CorrelationId: '' }]) {
      const kql = evaluateLet(step, 'Step', { SourceTable: table, ...ids }).CorrelationId;
      const read = normaliseRecord({ Type: table, TimeGenerated: '2026-11-20T09:01:05Z', ...ids });
      // A record without its call id is invalid in summarize, and names no call; in the query it is "", which the next step drops.
      assert.equal(kql, read.kind === 'record' ? read.record.correlationId : '', `${table} ${JSON.stringify(ids)}`);
    }
  }
});
