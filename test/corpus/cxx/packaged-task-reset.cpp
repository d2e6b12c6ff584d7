// Reuses one std::packaged_task with reset() to run the same job repeatedly on
// fresh threads, getting a new future each time.
#include <future>
#include <iostream>
#include <string>
#include <thread>

int main() {
  std::packaged_task<std::string(int)> render(
      [](int frame) { return "frame-" + std::to_string(frame); });

  std::string last;
  for (int frame = 1; frame <= 3; ++frame) {
    auto fut = render.get_future();
    std::thread t(std::ref(render), frame);
    last = fut.get();
    t.join();
    std::cout << "rendered " << last << '\n';
    render.reset();
  }
  return last == "frame-3" ? 0 : 1;
}
