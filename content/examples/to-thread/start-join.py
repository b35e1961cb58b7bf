import threading
import time


def blocking_task():
    time.sleep(2)
    print("Done")


start = time.perf_counter()
thread = threading.Thread(target=blocking_task)
thread.start()  # start the thread; returns at once
print(f"start() returned after {time.perf_counter() - start:.2f} s")  # 0.00
thread.join()  # wait for it to finish
print(f"join() returned after {time.perf_counter() - start:.2f} s")  # 2.00
