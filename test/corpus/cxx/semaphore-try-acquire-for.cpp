// Uses counting_semaphore::try_acquire and try_acquire_for to shed load when a
// rate-limiting token bucket is empty.
#include <chrono>
#include <iostream>
#include <semaphore>
#include <thread>

using namespace std::chrono_literals;

int main() {
  std::counting_semaphore<10> tokens(3);
  int accepted = 0, rejected = 0;

  for (int req = 0; req < 5; ++req) {
    if (tokens.try_acquire())
      ++accepted;
    else
      ++rejected;
  }
  std::cout << "burst: accepted " << accepted << ", rejected " << rejected
            << '\n';

  bool timed_out = !tokens.try_acquire_for(5ms); // still empty
  std::thread refill([&] { tokens.release(2); });
  bool got_after_refill = tokens.try_acquire_for(5s);
  refill.join();
  bool one_left = tokens.try_acquire();
  bool none_left =
      !tokens.try_acquire_until(std::chrono::steady_clock::now() + 1ms);

  std::cout << "timed out while empty: " << timed_out
            << ", got after refill: " << got_after_refill << '\n';
  return (accepted == 3 && rejected == 2 && timed_out && got_after_refill &&
          one_left && none_left)
             ? 0
             : 1;
}
