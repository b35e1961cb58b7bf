import time
from concurrent.futures import ThreadPoolExecutor


# Fetches report n: a blocking download that holds its thread for 0.5 s while it waits for the server.
def fetch_report(n):
    time.sleep(0.5)  # waiting for the server, as requests.get would
    return f"report {n}"


# Fetches every report, four at a time in four threads (the server allows four connections per
# client), and returns them in the order of numbers.
def fetch_all(numbers):
    # Threads overlap waiting: while one waits for the server, the others send their requests.
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(fetch_report, numbers))


start = time.perf_counter()
reports = fetch_all(range(1, 9))
print(reports)
print(f"{len(reports)} reports in {time.perf_counter() - start:.1f} s")
