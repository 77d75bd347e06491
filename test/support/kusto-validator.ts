import { createRequire } from 'node:module';
import { acsTableSchemas, type SummarySchema } from './acs-table-schemas.js';

/**
 * Microsoft's KQL parser and semantic analyser (@kusto/language-service-next, a Bridge.NET build of
 * Kusto.Language) for tests: it defines the globals `Bridge` and `Kusto` when bridge.js and then
 * Kusto.Language.Bridge.js are loaded as CommonJS. It cannot run a query; it parses it and binds every name and
 * type against the tables it is given. Test-only: nothing here ships in the CLI.
 */

export interface KqlDiagnostic {
  severity: string;
  code: string;
  message: string;
  /** 1-based line of the query where the problem starts. */
  line: number;
}

interface KustoList<T> {
  Count: number;
  getItem(index: number): T;
}
interface KustoDiagnosticObject {
  Severity: string;
  Code: string;
  Message: string;
  Start: number;
}
interface KustoLanguage {
  GlobalState: { Default: { WithDatabase(db: unknown): unknown } };
  KustoCode: { ParseAndAnalyze(text: string, globals: unknown): { GetDiagnostics(): KustoList<KustoDiagnosticObject> } };
  Symbols: {
    TableSymbol: { $ctor7: new (name: string, schema: string, description: string | null) => unknown };
    DatabaseSymbol: { ctor: new (name: string, members: unknown[]) => unknown };
  };
}

let language: KustoLanguage | undefined;

function kusto(): KustoLanguage {
  if (!language) {
    const require = createRequire(import.meta.url);
    require('@kusto/language-service-next/bridge.js');
    require('@kusto/language-service-next/Kusto.Language.Bridge.js');
    language = (globalThis as unknown as { Kusto: { Language: KustoLanguage } }).Kusto.Language;
  }
  return language;
}

const GLOBALS = new Map<string, unknown>();

/** A Log Analytics-like database of the ACS call-log tables. */
function acsGlobals(callUpdatesVersionType: 'long' | 'string', summarySchema: SummarySchema = 'documented'): unknown {
  const key = `${callUpdatesVersionType} ${summarySchema}`;
  let globals = GLOBALS.get(key);
  if (globals === undefined) {
    const k = kusto();
    const tables = [...acsTableSchemas(callUpdatesVersionType, summarySchema)].map(([name, schema]) => new k.Symbols.TableSymbol.$ctor7(name, schema, null));
    globals = k.GlobalState.Default.WithDatabase(new k.Symbols.DatabaseSymbol.ctor('acs', tables));
    GLOBALS.set(key, globals);
  }
  return globals;
}

/** Every syntax and semantic diagnostic (errors and warnings) the Kusto analyser reports for the query. */
export function kqlDiagnostics(query: string, callUpdatesVersionType: 'long' | 'string' = 'long', summarySchema: SummarySchema = 'documented'): KqlDiagnostic[] {
  const code = kusto().KustoCode.ParseAndAnalyze(query, acsGlobals(callUpdatesVersionType, summarySchema));
  const list = code.GetDiagnostics();
  const out: KqlDiagnostic[] = [];
  for (let i = 0; i < list.Count; i++) {
    const d = list.getItem(i);
    out.push({ severity: String(d.Severity), code: d.Code, message: d.Message, line: query.slice(0, d.Start).split('\n').length });
  }
  return out;
}

/** The diagnostics, one per line, with the line of the query they point at: for assertion messages. */
export function describeDiagnostics(query: string, diagnostics: KqlDiagnostic[]): string {
  const lines = query.split('\n');
  return diagnostics.map((d) => `${d.severity} ${d.code} line ${d.line}: ${d.message}\n    ${lines[d.line - 1] ?? ''}`).join('\n');
}

/** The columns of the query's result, with their Kusto types, as the analyser infers them. */
export function kqlResultColumns(query: string): Array<{ name: string; type: string }> {
  const code = kusto().KustoCode.ParseAndAnalyze(query, acsGlobals('long')) as unknown as {
    ResultType: { Columns?: KustoList<{ Name: string; Type: { Name: string } }> } | null;
  };
  const columns = code.ResultType?.Columns;
  const out: Array<{ name: string; type: string }> = [];
  for (let i = 0; i < (columns?.Count ?? 0); i++) {
    const c = columns!.getItem(i);
    out.push({ name: c.Name, type: c.Type.Name });
  }
  return out;
}
