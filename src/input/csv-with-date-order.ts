import { DATE_ORDER_ROWS, type DateOrder, DateVote } from './date-order.js';
import type { InputEvent } from './input-event.js';

type FileEvent = Extract<InputEvent, { kind: 'file' }>;

/**
 * A CSV's events, each record marked with the order of day and month its dates are in (date-order.ts), the `file`
 * event first: the rows are held back until one decides the order (at most DATE_ORDER_ROWS of them, or to the end of
 * the file; a row the prefilter passed over counts, and its cells vote too), then handed on marked, and so are the rows
 * after. A file whose dates decide nothing has its `file` event
 * say so (`undecidedDate`), for stderr to name it; its records are not marked, and are read as their form has it.
 * What was read before a failure (a gzip stream that breaks) is handed on before the failure is thrown on.
 */
export async function* csvWithDateOrder(rows: AsyncIterable<InputEvent>, fileEvent: FileEvent): AsyncGenerator<InputEvent> {
  const vote = new DateVote();
  const held: InputEvent[] = [];
  let heldRows = 0;
  let told = false;
  const tell = (): InputEvent[] => {
    told = true;
    if (vote.order === null && vote.undecided !== null) fileEvent.undecidedDate = vote.undecided;
    return [fileEvent, ...held.splice(0).map((event) => marked(event, vote.order))];
  };
  try {
    for await (const event of rows) {
      if (told) {
        yield marked(event, vote.order);
        continue;
      }
      held.push(event);
      // Another call's row (`call` passes it over) tells the order as well as a row read: the file's dates are one order.
      const cells = event.kind === 'record' ? event.value : event.kind === 'filtered' ? event.cells : undefined;
      if (cells === undefined) continue;
      vote.see(cells);
      if (vote.order !== null || ++heldRows >= DATE_ORDER_ROWS) yield* tell();
    }
  } catch (error) {
    if (!told) yield* tell();
    throw error;
  }
  if (!told) yield* tell();
}

function marked(event: InputEvent, order: DateOrder | null): InputEvent {
  if (order !== null && event.kind === 'record') event.dateOrder = order;
  return event;
}
