import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3611';
const out = '/tmp/s15shots';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lang of ['en', 'ja']) for (const width of [390, 1024, 1366]) {
  const p = lang === 'ja' ? '/ja' : '';
  const ctx = await b.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}${p}/hosts/kvm1/domains/web01`);
  const btn = page.getByRole('button', { name: lang === 'ja' ? /一時停止|Suspend/ : 'Suspend', exact: lang !== 'ja' }).first();
  await btn.waitFor();
  await btn.hover();
  await page.getByRole('tooltip').first().waitFor({ timeout: 10000 }).catch(() => console.log('no tooltip', lang, width));
  await page.screenshot({ path: `${out}/domain-hover-${width}-${lang}.png` });
  await page.goto(`${base}${p}/console`);
  const input = page.getByRole('textbox', { name: lang === 'ja' ? 'kvm1 で実行するコマンド' : 'Command on kvm1' });
  await input.fill('virsh net-destroy default; virsh start build01; virsh net-dhcp-leases default; for d in web01 nosuch; do virsh domhostname $d --source lease; done');
  await input.press('Enter');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/console-${width}-${lang}.png` });
  await page.goto(`${base}${p}/drill`);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}/drill-${width}-${lang}.png` });
  await ctx.close();
}
await b.close();
