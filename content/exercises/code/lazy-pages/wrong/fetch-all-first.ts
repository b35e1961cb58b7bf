// Wrong (fails "a page is fetched only when its first item is asked for"): fetches every page into a list, then yields from the list.
/** Where the items come from: one request per page, and a connection to give back. */
export interface PageSource {
  /** Fetches page `number` (1, 2, …): its items, and whether another page follows. */
  fetchPage(number: number): Promise<{ items: string[]; more: boolean }>;
  /** Gives the connection back. Call it exactly once, however the iteration ends. */
  release(): void;
}

/** Yields every item of every page, in order, fetching a page only when its first item is asked for. */
export async function* allItems(source: PageSource): AsyncGenerator<string> {
  try {
    const items: string[] = [];
    for (let number = 1; ; number++) {
      const page = await source.fetchPage(number);
      items.push(...page.items);
      if (!page.more) break;
    }
    yield* items;
  } finally {
    source.release();
  }
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
