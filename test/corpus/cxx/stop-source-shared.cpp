// One std::stop_source shared by several std::jthread workers so a single
// request_stop cancels all of them at once.
#include <atomic>
#include <chrono>
#include <iostream>
#include <latch>
#include <stop_token>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

int main() {
  std::stop_source shutdown;
  std::latch started(3);
  std::atomic<int> stopped{0};
  std::vector<std::jthread> workers;

  for (int i = 0; i < 3; ++i) {
    workers.emplace_back([tok = shutdown.get_token(), &started, &stopped] {
      started.count_down();
      while (!tok.stop_requested()) {
        std::this_thread::sleep_for(200us);
      }
      stopped.fetch_add(1);
    });
  }

  started.wait();
  std::cout << "all workers running, stop_possible=" << shutdown.stop_possible()
            << '\n';
  shutdown.request_stop();
  for (auto &w : workers)
    w.join();
  std::cout << "stopped " << stopped.load() << " workers\n";
  return (stopped == 3 && shutdown.stop_requested()) ? 0 : 1;
}
