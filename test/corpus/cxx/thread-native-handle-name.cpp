// Uses std::thread::native_handle with pthread_setname_np/getname_np to label a
// worker thread, as servers do for debuggability.
#include <pthread.h>

#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

int main() {
  std::mutex m;
  std::condition_variable cv;
  bool named = false, done = false;
  char seen[32] = {};

  std::thread t([&] {
    std::unique_lock<std::mutex> lk(m);
    cv.wait(lk, [&] { return named; });
    pthread_getname_np(pthread_self(), seen, sizeof seen);
    done = true;
    cv.notify_all();
  });

  int rc = pthread_setname_np(t.native_handle(), "io-worker");
  {
    std::lock_guard<std::mutex> lk(m);
    named = true;
  }
  cv.notify_all();
  t.join();

  std::printf("setname rc=%d, worker sees name '%s'\n", rc, seen);
  return (rc == 0 && done && std::strcmp(seen, "io-worker") == 0) ? 0 : 1;
}
