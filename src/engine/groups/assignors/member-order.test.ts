import { compareJavaStrings, compareMemberInfo, sortMembers } from './member-order.ts';
import { member } from './test-helpers.ts';

describe('MemberInfo ordering (AbstractPartitionAssignor.MemberInfo#compareTo)', () => {
  it('puts static members first, by instance id, then dynamic members by member id', () => {
    const members = [
      member('consumer-a', []),
      member('consumer-z', [], { instanceId: 'instance2' }),
      member('consumer-b', [], { instanceId: 'instance1' }),
      member('consumer-0', []),
    ];
    expect(sortMembers(members).map((m) => m.id)).toEqual(['consumer-b', 'consumer-z', 'consumer-0', 'consumer-a']);
  });

  it('is stable for equal keys (Collections.sort), e.g. two members reusing one instance id', () => {
    const members = [member('m2', [], { instanceId: 'same' }), member('m1', [], { instanceId: 'same' })];
    expect(sortMembers(members).map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(compareMemberInfo(members[0]!, members[1]!)).toBe(0);
  });

  it('compares strings by UTF-16 code unit like String#compareTo', () => {
    expect(compareJavaStrings('Z', 'a')).toBeLessThan(0);
    expect(compareJavaStrings('c10', 'c9')).toBeLessThan(0);
    expect(compareJavaStrings('ab', 'a')).toBeGreaterThan(0);
    // U+FF5E is above the surrogate 0xD83D in UTF-16, unlike in code-point order.
    expect(compareJavaStrings('\uFF5E', '😀')).toBeGreaterThan(0);
  });
});
