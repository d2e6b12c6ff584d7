// Uses std::barrier::arrive() and a later wait(token) to overlap independent
// work with the barrier phase (split-phase synchronisation).
#include <barrier>
#include <cstdio>
#include <thread>
#include <vector>

int main() {
  const int parties = 3;
  std::vector<int> produced(parties, 0), consumed(parties, 0),
      side_work(parties, 0);
  std::barrier<> b(parties);

  std::vector<std::thread> ts;
  for (int p = 0; p < parties; ++p) {
    ts.emplace_back([&, p] {
      produced[p] = (p + 1) * 10;
      auto token = b.arrive(); // signal "my part is written"
      for (int i = 0; i < 100; ++i)
        side_work[p] += i;      // work that doesn't need the others
      b.wait(std::move(token)); // now everyone's part is visible
      consumed[p] = produced[(p + 1) % parties];
    });
  }
  for (auto &t : ts)
    t.join();

  for (int p = 0; p < parties; ++p)
    std::printf("party %d consumed %d\n", p, consumed[p]);
  return (consumed[0] == 20 && consumed[1] == 30 && consumed[2] == 10 &&
          side_work[2] == 4950)
             ? 0
             : 1;
}
