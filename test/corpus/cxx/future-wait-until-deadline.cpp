// Waits on several futures against one shared steady_clock deadline with
// wait_until, counting which ones finished in time.
#include <chrono>
#include <future>
#include <iostream>
#include <vector>

using namespace std::chrono_literals;

int main() {
  std::promise<int> never; // simulates a backend that does not answer
  std::vector<std::future<int>> replies;
  replies.push_back(std::async(std::launch::async, [] { return 1; }));
  replies.push_back(std::async(std::launch::async, [] { return 2; }));
  replies.push_back(never.get_future());

  const auto deadline = std::chrono::steady_clock::now() + 50ms;
  int answered = 0, sum = 0;
  for (auto &f : replies) {
    if (f.wait_until(deadline) == std::future_status::ready) {
      ++answered;
      sum += f.get();
    }
  }
  std::cout << answered << " of " << replies.size()
            << " backends answered before the deadline\n";
  never.set_value(0); // keep things tidy
  return (answered == 2 && sum == 3) ? 0 : 1;
}
