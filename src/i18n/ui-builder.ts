/**
 * UI strings of the assignment builder's hints, reference solution, checks help (prefix checkhelp.,
 * rendered at build time, so not handed to the page's script) and "Try the checks" (assign.try.,
 * assign.tried.), merged into ui.ts. Kept apart from ui-exercises.ts, which is near 300 lines.
 */
export const builderZhCn = {
  'assign.fieldSolution': '参考答案（main.ts）',
  'assign.fieldSolutionPython': '参考答案（main.py）',
  'assign.hints': '提示（可选，学生可以逐条查看）',
  'assign.fieldHint1': '提示 1',
  'assign.fieldHint2': '提示 2',
  'assign.fieldHint3': '提示 3',
  'assign.need.solution': '已勾选“在链接中附带参考答案”，但参考答案是空的：请填写参考答案，或者取消勾选。',
  'assign.try.title': '试运行检查',
  'assign.try.intro':
    '分享链接之前，先在这个浏览器的沙箱里运行检查：起始代码应当至少有一项检查不通过，参考答案应当全部通过。',
  'assign.try.button': '试运行检查',
  'assign.try.running': '正在运行检查：{side}…',
  'assign.try.starter': '起始代码',
  'assign.try.solution': '参考答案',
  'assign.try.passed': '{n} / {m} 项检查通过',
  'assign.try.notRun': '没有运行',
  'assign.try.ok': '可以分享了：起始代码有 {k} / {m} 项检查不通过，参考答案全部通过。',
  'assign.try.starterPasses': '起始代码已经通过了全部检查：学生什么都不用改就能通过。请加强检查，或者删减起始代码。',
  'assign.try.solutionFails': '参考答案有 {k} / {m} 项检查没有通过（{names}）。请修正参考答案或检查。',
  'assign.try.listSeparator': '、',
  'assign.try.seeResults': '原因见下面的结果',
  'assign.try.noSolution': '没有参考答案，只试运行了起始代码。填写参考答案，才能确认这些检查是可以通过的。',
  'assign.try.noChecks': '这个作业没有检查：没有可以试运行的内容，学生的提交也无法自动验证。',
  'assign.try.invalid': '请先修正“作业链接”下列出的问题，再试运行。',
  'assign.try.stale': '试运行之后作业又改过了：下面是改动前的结果。请再试运行一次。',
  'assign.tried.untried': '还没有试运行：分享之前，请先按上方的“试运行检查”。',
  'assign.tried.stale': '作业改过之后还没有重新试运行。',
  'assign.tried.ok': '已试运行：起始代码 {s} / {m} 项通过，参考答案 {r} / {m} 项通过。',
  'assign.tried.warn': '试运行发现了问题，见上方“试运行检查”。',
  'checkhelp.summary.typescript': '怎样编写检查（TypeScript）',
  'checkhelp.summary.python': '怎样编写检查（Python）',
  'checkhelp.intro.typescript':
    'checks.ts 从 async-lab/check 导入。学生的代码以及它启动的一切都结束后，检查按注册顺序逐项运行；没有抛出异常就算通过，异常的消息就是学生看到的原因。',
  'checkhelp.intro.python':
    'checks.py 从 lab_check 导入。main.py 以及它启动的一切都结束后，检查在同一个解释器里按注册顺序逐项运行；没有抛出异常就算通过，assert 的消息就是学生看到的原因。',
  'checkhelp.fields': '每一项的字段：',
  'checkhelp.ts.check':
    'check(name, fn) 注册一项检查，学生看到的就是 name。assert(condition, message) 在条件不成立时抛出 message；assertEqual(actual, expected) 按 JSON 比较两个值。',
  'checkhelp.ts.exports': 'ctx.exports 是学生的 main.ts 导出的全部内容，按名字取用。',
  'checkhelp.ts.time':
    'ctx.time(work) 运行并计时，返回 { value, ms }。ctx.ms 把毫秒写成控制台里的样子，ctx.say 按页面语言选择消息。',
  'checkhelp.ts.logs': 'ctx.logs 是控制台输出的每一行，按时间顺序排列。',
  'checkhelp.ts.requests':
    'ctx.requests 是程序发出的每个请求（包括模拟的 httpbin）；时间从学生代码开始运行时算起，单位是毫秒。ctx.elapsedMs 是整个程序运行的时长（检查自己发出的请求在它之后）。mostAtOnce(spans) 数出同一时刻最多有几段同时进行，请求、时间线上的段落都可以。',
  'checkhelp.ts.spans':
    'ctx.spans 是时间线上的每一段：定时器（timer）、请求（fetch）、线程（worker）、span 标记的段落，以及阻塞事件循环的时段（blocked）。它在读取时才取值，所以 await 学生的函数之后再读，就能看到这次调用设下的定时器（标签如 sleep(500)）。ctx.now() 是这些段落所用的时钟。计时检查最好看代码要求等多久，而不是实际等了多久：机器繁忙时定时器只会晚到。',
  'checkhelp.py.check':
    '@check(name) 把函数（普通函数或 async 函数，参数是 ctx）注册为一项检查。ctx.function(name) 取出 main.py 定义的函数；没有这个函数时，检查会失败并说明原因。',
  'checkhelp.py.exports': 'ctx.exports 是 main.py 的全局变量（一个 dict）。',
  'checkhelp.py.plain':
    'ctx.plain(value, what) 把 main.py 返回的值复制成普通数据（列表、元组、字典、字符串、数字）再比较；自定义类的值可以让 == 永远成立，遇到这样的值检查会失败并说明原因。',
  'checkhelp.py.time':
    'with ctx.time() as watch 计时，结束后 watch.ms 是毫秒数。ctx.ms 把毫秒写成控制台里的样子，ctx.say(en=…, zh=…) 按页面语言选择消息。',
  'checkhelp.py.logs': 'ctx.logs 是 print 和其他输出的每一行，按时间顺序排列。',
  'checkhelp.py.requests':
    'ctx.requests 是 requests、aiohttp 等发出的每个请求（包括模拟的 httpbin）；时间单位是毫秒。ctx.elapsed_ms 是整个程序运行的时长（检查自己发出的请求在它之后）。most_at_once(spans)（从 lab_check 导入）数出同一时刻最多有几段同时进行。',
  'checkhelp.py.sleeps':
    'ctx.sleeps 是每次 asyncio.sleep（kind 为 asyncio）和 time.sleep（kind 为 time）；ctx.spans 是时间线上的全部段落，包括定时器和阻塞的时段。',
} as const;

export const builderEn: Record<keyof typeof builderZhCn, string> = {
  'assign.fieldSolution': 'Reference solution (main.ts)',
  'assign.fieldSolutionPython': 'Reference solution (main.py)',
  'assign.hints': 'Hints (optional; students reveal them one at a time)',
  'assign.fieldHint1': 'Hint 1',
  'assign.fieldHint2': 'Hint 2',
  'assign.fieldHint3': 'Hint 3',
  'assign.need.solution':
    '“Put the reference solution in the link” is checked, but the reference solution is empty: write one, or uncheck the box.',
  'assign.try.title': 'Try the checks',
  'assign.try.intro':
    'Before you share the link, run the checks in this browser’s sandbox: the starter code should fail at least one check, and the reference solution should pass them all.',
  'assign.try.button': 'Try the checks',
  'assign.try.running': 'Running the checks on the {side}…',
  'assign.try.starter': 'Starter code',
  'assign.try.solution': 'Reference solution',
  'assign.try.passed': '{n} of {m} checks pass',
  'assign.try.notRun': 'Not run',
  'assign.try.ok':
    'Ready to share: the starter code fails {k} of {m} checks, and the reference solution passes them all.',
  'assign.try.starterPasses':
    'The starter code already passes every check: students would pass without changing anything. Make the checks stricter, or leave more for students to write.',
  'assign.try.solutionFails':
    'The reference solution fails {k} of {m} checks ({names}). Fix the solution or the checks.',
  'assign.try.listSeparator': ', ',
  'assign.try.seeResults': 'see the results below for why',
  'assign.try.noSolution':
    'There is no reference solution, so only the starter code was tried. Write one to be sure the checks can be passed.',
  'assign.try.noChecks': 'This assignment has no checks: there is nothing to try, and submissions cannot be verified.',
  'assign.try.invalid': 'Fix what is listed under “Assignment link” first, then try again.',
  'assign.try.stale':
    'The assignment changed after this try: these results are for the earlier version. Try the checks again.',
  'assign.tried.untried': 'Not tried yet: press “Try the checks” above before you share the link.',
  'assign.tried.stale': 'Changed since the last try: try the checks again.',
  'assign.tried.ok': 'Tried: the starter code passes {s} of {m} checks, the reference solution {r} of {m}.',
  'assign.tried.warn': 'The try found a problem: see “Try the checks” above.',
  'checkhelp.summary.typescript': 'How to write checks (TypeScript)',
  'checkhelp.summary.python': 'How to write checks (Python)',
  'checkhelp.intro.typescript':
    'checks.ts imports from async-lab/check. Once the student’s code and everything it started have finished, the checks run one by one in the order they registered. A check passes unless it throws; the error’s message is what the student reads.',
  'checkhelp.intro.python':
    'checks.py imports from lab_check. Once main.py and everything it started have finished, the checks run one by one, in the same interpreter, in the order they registered. A check passes unless it raises; the assert’s message is what the student reads.',
  'checkhelp.fields': 'Each item has:',
  'checkhelp.ts.check':
    'check(name, fn) registers a check; students see its name. assert(condition, message) throws the message unless the condition holds; assertEqual(actual, expected) compares the two as JSON.',
  'checkhelp.ts.exports': 'ctx.exports holds everything the student’s main.ts exports, by name.',
  'checkhelp.ts.time':
    'ctx.time(work) runs work and measures it: { value, ms }. ctx.ms writes milliseconds as the console does, and ctx.say picks the message for the page’s language.',
  'checkhelp.ts.logs': 'ctx.logs holds every line of console output, in order.',
  'checkhelp.ts.requests':
    'ctx.requests holds every request the program made (simulated httpbin ones too), timed in ms from the start of the student’s code. ctx.elapsedMs is how long the whole program ran (the checks’ own requests come after it). mostAtOnce(spans) counts the most requests or timeline spans open at one moment.',
  'checkhelp.ts.spans':
    'ctx.spans holds the timeline: timers (timer), requests (fetch), threads (worker), labelled spans (span) and stretches that blocked the event loop (blocked). It is read when read, so after awaiting the student’s function it includes the timers that call set (labelled like sleep(500)); ctx.now() is the clock the spans are on. A timing check does best to judge how long the code asked to wait, not how long it waited: on a busy machine timers only come late.',
  'checkhelp.py.check':
    '@check(name) registers a function (plain or async, taking ctx) as a check. ctx.function(name) gets a function main.py defines, and fails the check with a clear message if there is none.',
  'checkhelp.py.exports': 'ctx.exports is main.py’s globals, as a dict.',
  'checkhelp.py.plain':
    'ctx.plain(value, what) copies a value main.py returned into plain data (lists, tuples, dicts, strings, numbers) before you compare it: an object of the student’s own class can make == always true, and such a value fails the check with a clear message.',
  'checkhelp.py.time':
    'with ctx.time() as watch measures a block; afterwards watch.ms is its duration in ms. ctx.ms writes milliseconds as the console does, and ctx.say(en=…, zh=…) picks the page’s language.',
  'checkhelp.py.logs': 'ctx.logs holds every line printed or logged, in order.',
  'checkhelp.py.requests':
    'ctx.requests holds every request made through requests, aiohttp and the like (simulated httpbin ones too), timed in ms. ctx.elapsed_ms is how long the whole program ran (the checks’ own requests come after it). most_at_once(spans), imported from lab_check, counts the most open at one moment.',
  'checkhelp.py.sleeps':
    'ctx.sleeps holds each asyncio.sleep (kind "asyncio") and time.sleep (kind "time"); ctx.spans holds the whole timeline, timers and blocked stretches included.',
};
