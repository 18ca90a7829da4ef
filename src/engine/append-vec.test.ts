import fc from 'fast-check';
import { AppendVec } from './append-vec.ts';

describe('AppendVec', () => {
  it('older views never see later appends', () => {
    const a = AppendVec.empty<number>().push(1).push(2);
    const b = a.push(3);
    const c = a.push(30); // forks: a is no longer the tip
    expect(a.toArray()).toEqual([1, 2]);
    expect(b.toArray()).toEqual([1, 2, 3]);
    expect(c.toArray()).toEqual([1, 2, 30]);
    expect(b.push(4).toArray()).toEqual([1, 2, 3, 4]);
    expect(c.toArray()).toEqual([1, 2, 30]);
  });

  it('dropFirst and replaceLast leave other views intact', () => {
    const a = AppendVec.of([1, 2, 3, 4]);
    const dropped = a.dropFirst(2);
    const replaced = a.replaceLast(40);
    expect(dropped.toArray()).toEqual([3, 4]);
    expect(dropped.first()).toBe(3);
    expect(replaced.toArray()).toEqual([1, 2, 3, 40]);
    expect(a.toArray()).toEqual([1, 2, 3, 4]);
    expect(a.dropFirst(10).length).toBe(0);
  });

  it('behaves like an immutable array under any sequence of operations on any version', () => {
    type Op = { kind: 'push'; from: number; value: number } | { kind: 'drop'; from: number; count: number } | { kind: 'replace'; from: number; value: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), from: fc.nat(), value: fc.integer() }),
      fc.record({ kind: fc.constant('drop' as const), from: fc.nat(), count: fc.nat({ max: 100 }) }),
      fc.record({ kind: fc.constant('replace' as const), from: fc.nat(), value: fc.integer() }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
      const versions: { vec: AppendVec<number>; model: number[] }[] = [{ vec: AppendVec.empty(), model: [] }];
      for (const o of ops) {
        const base = versions[o.from % versions.length]!;
        if (o.kind === 'push') versions.push({ vec: base.vec.push(o.value), model: [...base.model, o.value] });
        else if (o.kind === 'drop') versions.push({ vec: base.vec.dropFirst(o.count), model: base.model.slice(o.count) });
        else versions.push({ vec: base.vec.replaceLast(o.value), model: base.model.length ? [...base.model.slice(0, -1), o.value] : [o.value] });
      }
      return versions.every(({ vec, model }) => JSON.stringify(vec.toArray()) === JSON.stringify(model) && vec.length === model.length);
    }));
  });
});
