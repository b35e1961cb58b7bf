// Right: a class with [Symbol.asyncIterator]() and next()/return() instead of a generator; next() releases before it rejects, since for await calls no return() then.
/** Where the items come from: one request per page, and a connection to give back. */
export interface PageSource {
  /** Fetches page `number` (1, 2, …): its items, and whether another page follows. */
  fetchPage(number: number): Promise<{ items: string[]; more: boolean }>;
  /** Gives the connection back. Call it exactly once, however the iteration ends. */
  release(): void;
}

/** Yields every item of every page, in order, fetching a page only when its first item is asked for. */
export function allItems(source: PageSource): AsyncIterable<string> {
  return new Items(source);
}

class Items implements AsyncIterableIterator<string> {
  private items: string[] = [];
  private number = 0;
  private more = true;
  private released = false;

  constructor(private readonly source: PageSource) {}

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<string>> {
    while (this.items.length === 0 && this.more && !this.released) {
      try {
        const page = await this.source.fetchPage(++this.number);
        this.items = [...page.items];
        this.more = page.more;
      } catch (error) {
        this.release(); // for await calls no return() when next() rejects
        throw error;
      }
    }
    const item = this.items.shift();
    if (item !== undefined) return { done: false, value: item };
    this.release();
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<string>> {
    this.release(); // for await calls it on a break
    return { done: true, value: undefined };
  }

  private release() {
    if (this.released) return;
    this.released = true;
    this.source.release();
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
