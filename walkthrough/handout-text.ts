import { walkthroughLang } from './lang';

/** The handout's own words in each language (the lesson's come with its outline). */
const text = {
  en: {
    type: (host: string) => `<strong>Type</strong> at ${host}'s console:`,
    press: (button: string, domain: string, host: string, values: string) =>
      `<strong>Press ${button}</strong> on ${domain}'s page (${host})${values ? ` with ${values}` : ''} — the same as typing:`,
    none: 'none',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    hint: 'Hint',
    formFilled: (n: number) => `Step ${n}, the form filled in`,
    labAfter: (n: number) => `The lab after step ${n}`,
    handout: 'VirtLab handout',
    allLessons: 'All lessons',
    idea: 'The idea.',
    goal: 'Goal.',
    terms: 'Terms.',
    done: 'Done',
    completeAlt: 'The lesson panel: lesson complete',
    completeCaption: 'The lesson panel says the lesson is complete.',
    generated: (at: string) => `Generated ${at} by <code>npm run walkthrough</code>, driving VirtLab in a browser.`,
    indexTitle: 'VirtLab lessons — handouts',
    indexHeading: 'VirtLab lessons',
    indexIntro:
      "Illustrated walkthroughs of the lab's guided lessons: each step's instruction, the command in virsh, xm and xl, and what the lab showed.",
    steps: (n: number) => `${n} steps`,
    period: '.',
  },
  ja: {
    type: (host: string) => `${host} のコンソールで<strong>入力</strong>します:`,
    press: (button: string, domain: string, host: string, values: string) =>
      `${domain} のページ(${host})で${values ? `${values} を指定して` : ''}<strong>${button}</strong>を押します。次の入力と同じです:`,
    none: 'なし',
    stepOf: (n: number, total: number) => `ステップ ${n}/${total}`,
    hint: 'ヒント',
    formFilled: (n: number) => `ステップ ${n}: 入力済みのフォーム`,
    labAfter: (n: number) => `ステップ ${n} の後のラボ`,
    handout: 'VirtLab 配布資料',
    allLessons: 'すべてのレッスン',
    idea: '考え方:',
    goal: 'ゴール:',
    terms: '用語:',
    done: '完了',
    completeAlt: 'レッスンパネル: レッスン完了',
    completeCaption: 'レッスンパネルにレッスン完了と表示されています。',
    generated: (at: string) =>
      `${at} に <code>npm run walkthrough</code> がブラウザーで VirtLab を操作して生成しました。`,
    indexTitle: 'VirtLab レッスン — 配布資料',
    indexHeading: 'VirtLab のレッスン',
    indexIntro:
      'ラボのガイド付きレッスンを図解した手順書です。各ステップの説明、virsh・xm・xl のコマンド、そしてラボの画面を収めています。',
    steps: (n: number) => `全 ${n} ステップ`,
    period: '。',
  },
};

export const handoutText = () => text[walkthroughLang()];
