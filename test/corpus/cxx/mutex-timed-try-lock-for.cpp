// Gives up on a busy resource after a bounded wait with
// std::timed_mutex::try_lock_for, then succeeds once it is released.
#include <chrono>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;

int main() {
  std::timed_mutex device;
  std::promise<void> holding, release;
  auto release_f = release.get_future();

  std::thread owner([&] {
    std::lock_guard<std::timed_mutex> lk(device);
    holding.set_value();
    release_f.wait();
  });
  holding.get_future().wait();

  auto t0 = std::chrono::steady_clock::now();
  bool got = device.try_lock_for(20ms);
  auto waited = std::chrono::steady_clock::now() - t0;
  std::printf("while busy: got=%d, waited at least 20ms=%d\n", got,
              waited >= 20ms);
  if (got)
    return 1;

  release.set_value();
  owner.join();

  std::unique_lock<std::timed_mutex> lk(device,
                                        1s); // unique_lock's timed constructor
  std::printf("after release: owns_lock=%d\n", lk.owns_lock());
  return (lk.owns_lock() && waited >= 20ms) ? 0 : 1;
}
