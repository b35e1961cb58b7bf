// Wrong (fails "nothing is fetched before the first item is asked for"): a plain function that requests page 1 as soon as it is called, to save time.
/** Where the items come from: one request per page, and a connection to give back. */
export interface PageSource {
  /** Fetches page `number` (1, 2, …): its items, and whether another page follows. */
  fetchPage(number: number): Promise<{ items: string[]; more: boolean }>;
  /** Gives the connection back. Call it exactly once, however the iteration ends. */
  release(): void;
}

/** Yields every item of every page, in order, fetching a page only when its first item is asked for. */
export function allItems(source: PageSource): AsyncGenerator<string> {
  const first = source.fetchPage(1); // starts now, before anyone asks for an item
  return (async function* () {
    try {
      let page = await first;
      for (let number = 1; ; number++) {
        if (number > 1) page = await source.fetchPage(number);
        yield* page.items;
        if (!page.more) return;
      }
    } finally {
      source.release();
    }
  })();
}

// A source over the simulated httpbin: two items per page, three pages.
const fetched: number[] = [];
let released = 0;
const shop: PageSource = {
  async fetchPage(number) {
    fetched.push(number);
    await fetch(`https://httpbin.org/delay/0.2?page=${number}`);
    return { items: [`p${number}-a`, `p${number}-b`], more: number < 3 };
  },
  release() {
    released++;
    console.log('connection released');
  },
};

for await (const item of allItems(shop)) {
  console.log(item);
  if (item === 'p2-a') break; // found what we wanted
}
console.log(`pages fetched: ${JSON.stringify(fetched)}; released: ${released}`);
