// Launches a std::thread running a lambda that sleeps briefly and prints, then
// joins it — the classic first use of std::thread.
#include <chrono>
#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

int main() {
  bool ran = false;
  std::thread t([&ran] {
    std::this_thread::sleep_for(1ms);
    std::puts("ran");
    ran = true;
  });
  t.join();
  if (!ran) {
    std::fprintf(stderr, "worker did not run\n");
    return 1;
  }
  std::puts("joined");
  return 0;
}
