// Lets workers with less work leave a std::barrier via arrive_and_drop,
// shrinking the party count for later phases.
#include <atomic>
#include <barrier>
#include <iostream>
#include <thread>
#include <vector>

int main() {
  std::vector<int> participants_per_phase;
  std::atomic<int> in_phase{0};

  std::barrier phase_end(4, [&]() noexcept {
    participants_per_phase.push_back(in_phase.exchange(0));
  });

  std::vector<std::thread> ts;
  for (int w = 1; w <= 4; ++w) {
    ts.emplace_back([&, w] {
      // worker w has w rounds of work
      for (int round = 1; round <= w; ++round) {
        in_phase.fetch_add(1);
        if (round == w && w != 4) {
          phase_end.arrive_and_drop(); // counts for this phase, then leaves
          return;
        }
        phase_end.arrive_and_wait();
      }
    });
  }
  for (auto &t : ts)
    t.join();

  for (std::size_t i = 0; i < participants_per_phase.size(); ++i)
    std::cout << "phase " << i + 1 << ": " << participants_per_phase[i]
              << " workers\n";
  return participants_per_phase == std::vector<int>{4, 3, 2, 1} ? 0 : 1;
}
