/** Fixed data the simulated httpbin answers with. */

/** The origin every simulated response reports: the learner's own machine. */
export const SIMULATED_ORIGIN = '127.0.0.1';

/** The User-Agent simulated responses report when the request set none. */
export const SIMULATED_USER_AGENT = 'AsyncLab (simulated httpbin.org)';

/** httpbin.org's /json sample, verbatim. */
export const SLIDESHOW = {
  slideshow: {
    author: 'Yours Truly',
    date: 'date of publication',
    slides: [
      { title: 'Wake up to WonderWidgets!', type: 'all' },
      {
        items: ['Why <em>WonderWidgets</em> are great', 'Who <em>buys</em> WonderWidgets'],
        title: 'Overview',
        type: 'all',
      },
    ],
    title: 'Sample Slide Show',
  },
} as const;

/** Limits httpbin.org itself applies (bytes: ours is a round 100 000). */
export const MAX_DELAY_SECONDS = 10;
export const MAX_BYTES = 100_000;

/** The body of the 404 for any other path: what the lessons can use instead. */
export const NOT_FOUND_TEXT = (path: string): string =>
  `Async Lab answers httpbin.org requests offline, and ${path} is not one of the endpoints it simulates.\n` +
  'Supported:\n' +
  '  GET    /get                 echo of the query string and headers\n' +
  `  ANY    /delay/N             the same, after N seconds (at most ${MAX_DELAY_SECONDS})\n` +
  '  GET    /json                a sample JSON document\n' +
  '  ANY    /status/CODE         an empty response with that status (200–599)\n' +
  `  GET    /bytes/N             N pseudo-random bytes (at most ${MAX_BYTES}; ?seed=S to vary them)\n` +
  '  POST   /post, PUT /put, PATCH /patch, DELETE /delete   echo of the body, query and headers\n' +
  '  ANY    /anything            echo of everything\n' +
  '  GET    /uuid, /headers, /ip\n';
