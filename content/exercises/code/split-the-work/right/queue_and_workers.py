# Right: the lesson's worker pool by hand: four threads take numbers from a queue until it is empty.
import queue
import threading
import time


# Fetches report n: a blocking download that holds its thread for 0.5 s while it waits for the server.
def fetch_report(n):
    time.sleep(0.5)  # waiting for the server, as requests.get would
    return f"report {n}"


# Fetches every report, four at a time in four threads (the server allows four connections per
# client), and returns them in the order of numbers.
def fetch_all(numbers):
    todo = queue.Queue()
    for index, n in enumerate(numbers):
        todo.put((index, n))
    reports = [None] * todo.qsize()

    def worker():
        while True:
            try:
                index, n = todo.get_nowait()
            except queue.Empty:
                return
            reports[index] = fetch_report(n)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return reports


start = time.perf_counter()
reports = fetch_all(range(1, 9))
print(reports)
print(f"{len(reports)} reports in {time.perf_counter() - start:.1f} s")
