import { expect, test } from './support/site';
import { buildLink, forgeSubmission, payloadOf } from './support/assign';

/**
 * Switching language keeps the reader where they were: an assignment or a submission link keeps
 * its #a=/#s= content (without it the student lands on "This link cannot be opened"), and a lesson
 * keeps the section they were reading.
 */
test.describe.configure({ mode: 'parallel' });

for (const width of [360, 1280] as const) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width === 360 ? 740 : 900 } });

    test('an assignment link survives the switch, both ways', async ({ page, site }) => {
      await page.goto(site.url('en/assign/?exercise=concurrent-fetches'));
      const link = page.locator('[data-assign-link]');
      await expect(link).toHaveValue(/\/en\/assign\/open\/#a=/);
      const fragment = new URL(await link.inputValue()).hash;

      await page.goto(site.url(`en/assign/open/${fragment}`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three requests at once');
      await page.getByRole('link', { name: '简体中文' }).click();
      await expect(page).toHaveURL(
        new RegExp(`/zh-cn/assign/open/${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three requests at once');
      await expect(page.getByText('无法打开这个链接')).toBeHidden();

      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/en\/assign\/open\/#a=/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three requests at once');
    });

    test('a submission link survives the switch, with its student and code', async ({ page, site }) => {
      const link = await buildLink(page, site.url);
      const assignment = payloadOf(link);
      const submission = forgeSubmission(site.url('zh-cn/assign/open/'), {
        v: 2,
        student: { name: '王小明' },
        assignment,
        code: `// 我的答案\n${String(assignment['starter'])}`,
        results: [],
        submittedAt: '2026-03-01T09:30:00.000Z',
      });
      const fragment = new URL(submission).hash;
      await page.goto(submission);
      await expect(page.locator('[data-submission] [data-student]')).toHaveText('提交人：王小明');
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(site.url(`en/assign/open/${fragment}`));
      await expect(page.locator('[data-submission] [data-student]')).toHaveText('Submitted by 王小明');
      await expect(page.locator('[data-code-diff]')).toContainText('我的答案');
      await expect(page.getByText('This link cannot be opened')).toBeHidden();
    });

    test('a lesson keeps the section being read, in the other language', async ({ page, site }) => {
      await page.goto(site.url(`zh-cn/lessons/event-loop/#${encodeURIComponent('一切都在一个线程上运行')}`));
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/en\/lessons\/event-loop\/#everything-runs-on-one-thread$/);
      const heading = page.getByRole('heading', { name: 'Everything runs on one thread' });
      await expect(heading).toBeInViewport();

      // A heading reached from the page's own table of contents is kept too.
      await page.goto(site.url('en/lessons/event-loop/#why-print-needs-no-await'));
      await page.getByRole('link', { name: '简体中文' }).click();
      await expect(page.getByRole('heading', { name: '为什么 print 不需要 await' })).toBeInViewport();
    });
  });
}
