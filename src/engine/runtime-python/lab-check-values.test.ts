import { describe, expect, it } from 'vitest';
import { python, run } from './lab-check-driver';

/** What checks.py compares with: learner values as plain data, and how many spans overlapped. */
describe.skipIf(!python)('lab_check values on CPython', { timeout: 30_000 }, () => {
  it('counts the most spans open at once: an end at a start does not overlap it, an open end stays open', () => {
    const { results } = run(
      [
        'from collections import namedtuple',
        'from lab_check import check, most_at_once',
        'S = namedtuple("S", "start end")',
        '@check("counts")',
        'def _(ctx):',
        '    assert most_at_once([]) == 0',
        '    assert most_at_once([S(0, 100), S(100, 200), S(200, 300)]) == 1',
        '    assert most_at_once([S(0, 100), S(50, 150), S(60, None), S(400, 500)]) == 3',
        '    assert most_at_once(ctx.requests) == 1',
      ].join('\n'),
    );
    expect(results).toEqual([null]);
  });

  it("compares main.py's values as plain data: a class of its own cannot say yes to ==", () => {
    const main = [
      'from collections import namedtuple, defaultdict',
      'class Agreeable(str):',
      '    def __eq__(self, other): return True',
      '    __hash__ = str.__hash__',
      'class Yes:',
      '    def __eq__(self, other): return True',
      'class Sly(list):',
      '    def __iter__(self): return iter(["user 3"])',
      '    def __eq__(self, other): return True',
      'Pair = namedtuple("Pair", "a b")',
    ].join('\n');
    const checks = [
      'from lab_check import check',
      'import __main__ as m',
      'from collections import defaultdict',
      '@check("liars fool ==")',
      'def _(ctx):',
      '    assert [m.Agreeable("?")] == ["user 3"] and m.Yes() == [1] and m.Sly() == []',
      '@check("a str subclass is read as the str it holds")',
      'def _(ctx):',
      '    assert ctx.plain([m.Agreeable("?")]) != ["user 3"]',
      '    assert type(ctx.plain([m.Agreeable("?")])[0]) is str',
      '@check("containers of builtin data, subclasses through their base")',
      'def _(ctx):',
      '    assert ctx.plain(m.Sly([1, 2])) == [1, 2]',
      '    assert ctx.plain({"p": m.Pair(1, (2, {3})), "d": defaultdict(int, a=1)}) == {"p": (1, (2, {3})), "d": {"a": 1}}',
      '@check("an object of main.py\'s own")',
      'def _(ctx):',
      '    ctx.plain([m.Yes()], "load_profiles([3, 1, 2])")',
      '@check("a coroutine")',
      'def _(ctx):',
      '    async def f(): pass',
      '    c = f()',
      '    try: ctx.plain(c)',
      '    finally: c.close()',
      '@check("a cycle")',
      'def _(ctx):',
      '    loop = []',
      '    loop.append(loop)',
      '    ctx.plain(loop)',
    ].join('\n');
    const en = run(checks, 'en', main).results;
    expect(en.slice(0, 3)).toEqual([null, null, null]);
    expect(en[3]).toMatch(/^load_profiles\(\[3, 1, 2\]\) is a Yes \(a class defined in main\.py\), not plain data:/);
    expect(en[4]).toMatch(/^the value is a coroutine, not plain data:/);
    expect(en[5]).toMatch(/^the value is nested more than 100 deep, not plain data:/);
    const zh = run(checks, 'zh-cn', main).results;
    expect(zh[3]).toMatch(/^load_profiles\(\[3, 1, 2\]\) 是 main\.py 里定义的类 Yes 的值，不是普通数据：/);
  });
  // Each program below is a learner's attempt to make the checks read what it wants; on the code
  // before lab_snapshot, each of these checks passed or failed the other way.
});
