/**
 * Linear-time parsing: micromark (4.0.3, the latest release) closes every
 * container (list item, block quote) by `EditMap.consume(events)`, which
 * copies the whole event list each time. A document's parse is then
 * quadratic in its number of containers: 17 s for 1 MB of real design
 * documents, about half an hour for the 10 MB size limit. Its edits are all
 * near the end of the list, so applying them from the first edit on, and
 * leaving the untouched prefix where it is, gives the very same events in
 * time linear in the document.
 *
 * This replaces `EditMap.prototype.consume` once, at load, for every user of
 * the (deduplicated) micromark-util-edit-map in the process. It only takes
 * effect on the structure it was written for (`map` array, `index` Map), and
 * test/micromark-linear.test.ts checks that it yields the same trees as the
 * original on the corpus and on generated Markdown. Pure JavaScript, no
 * `node:` imports: it runs in the browser too.
 */
import { EditMap } from 'micromark-util-edit-map';

type Change = [at: number, remove: number, add: unknown[]];
interface EditMapShape {
  map: Change[];
  index?: Map<number, Change>;
}

/** The consume() of micromark-util-edit-map 1.0.0, kept for tests. */
export const originalConsume = EditMap.prototype.consume;

/** Same result as the original: events[0, at0) + for each change: add, events[at + remove, next at). */
export function consumeFromFirstEdit(this: EditMapShape, events: unknown[]): void {
  const map = this.map;
  map.sort((a, b) => a[0] - b[0]);
  if (map.length === 0) return;
  const tail: unknown[] = [];
  for (let i = 0; i < map.length; i++) {
    const [at, remove, add] = map[i]!;
    for (const event of add) tail.push(event);
    const end = i + 1 < map.length ? map[i + 1]![0] : events.length;
    for (let k = at + remove; k < end; k++) tail.push(events[k]);
  }
  events.length = map[0]![0];
  for (const event of tail) events.push(event);
  map.length = 0;
  this.index?.clear();
}

function hasExpectedShape(): boolean {
  const probe = new EditMap() as unknown as Partial<EditMapShape>;
  return Array.isArray(probe.map) && (probe.index === undefined || probe.index instanceof Map);
}

/** Whether the linear consume() is installed (false on an EditMap of another shape). */
export const linearConsumeInstalled: boolean = hasExpectedShape();

if (linearConsumeInstalled) {
  EditMap.prototype.consume = consumeFromFirstEdit as unknown as typeof EditMap.prototype.consume;
}
