/** The page's only styling, inline: the report must open with no network at all. */
export const REPORT_CSS = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.3rem; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { text-align: left; padding: 0.2rem 0.8rem 0.2rem 0; vertical-align: top; border-bottom: 1px solid #eee; }
td.moved-later { color: #a33; }
td.moved-earlier { color: #262; }
pre { font: 13px/1.45 ui-monospace, monospace; background: #f6f6f4; padding: 0.6rem 0.8rem; overflow-x: auto; white-space: pre-wrap; }
figure { margin: 1rem 0; overflow-x: auto; }
`;
