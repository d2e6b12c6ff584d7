// Detaches a fire-and-forget background thread that reports completion back
// through a mutex/condition_variable pair it shares via shared_ptr.
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct Completion {
  std::mutex m;
  std::condition_variable cv;
  bool done = false;
  std::string message;
};

void start_background_flush(std::shared_ptr<Completion> c) {
  std::thread([c] {
    std::string msg = "flushed 42 records";
    {
      std::lock_guard<std::mutex> lk(c->m);
      c->message = msg;
      c->done = true;
    }
    c->cv.notify_one();
  }).detach();
}

int main() {
  auto c = std::make_shared<Completion>();
  start_background_flush(c);

  std::unique_lock<std::mutex> lk(c->m);
  c->cv.wait(lk, [&] { return c->done; });
  std::printf("background: %s\n", c->message.c_str());
  return c->message == "flushed 42 records" ? 0 : 1;
}
