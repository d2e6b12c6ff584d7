// Uses std::notify_all_at_thread_exit so a detached thread signals completion
// only after its thread_locals have been destroyed.
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

static std::mutex m;
static std::condition_variable cv;
static bool finished = false;
static bool tls_gone = false;

struct PerThreadConnection {
  ~PerThreadConnection() {
    tls_gone = true;
  } // written before the notify below happens
};
thread_local PerThreadConnection conn;

int main() {
  std::thread([] {
    (void)&conn; // touch it so it is constructed
    std::unique_lock<std::mutex> lk(m);
    finished = true;
    std::notify_all_at_thread_exit(cv, std::move(lk));
  }).detach();

  std::unique_lock<std::mutex> lk(m);
  cv.wait(lk, [] { return finished; });
  std::printf("detached worker finished; thread_local cleaned=%d\n", tls_gone);
  return tls_gone ? 0 : 1;
}
