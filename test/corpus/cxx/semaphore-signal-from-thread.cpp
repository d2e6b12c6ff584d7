// Uses a std::counting_semaphore starting at zero as a completion counter: each
// worker releases once, the coordinator acquires N times.
#include <cstdio>
#include <semaphore>
#include <thread>
#include <vector>

int main() {
  const int jobs = 5;
  std::counting_semaphore<jobs> done(0);
  std::vector<int> output(jobs, 0);
  std::vector<std::thread> ts;

  for (int j = 0; j < jobs; ++j) {
    ts.emplace_back([&, j] {
      output[j] = j * j;
      done.release();
    });
  }
  for (int j = 0; j < jobs; ++j)
    done.acquire(); // wait for all completions

  int sum = 0;
  for (int v : output)
    sum += v; // visible: release/acquire synchronise
  std::printf("all %d jobs signalled, sum of squares %d\n", jobs, sum);
  for (auto &t : ts)
    t.join();
  return sum == 30 ? 0 : 1;
}
