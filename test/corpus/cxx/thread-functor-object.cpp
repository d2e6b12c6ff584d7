// Passes a callable object with operator() to std::thread (copied into the
// thread), collecting results through a pointer it holds.
#include <iostream>
#include <thread>
#include <vector>

struct PrimeCounter {
  int lo, hi;
  int *out;

  static bool is_prime(int n) {
    if (n < 2)
      return false;
    for (int d = 2; d * d <= n; ++d)
      if (n % d == 0)
        return false;
    return true;
  }

  void operator()() const {
    int c = 0;
    for (int i = lo; i < hi; ++i)
      c += is_prime(i);
    *out = c;
  }
};

int main() {
  int a = 0, b = 0;
  std::thread t1(PrimeCounter{0, 5000, &a});
  std::thread t2{
      PrimeCounter{5000, 10000, &b}}; // braces avoid the most vexing parse
  t1.join();
  t2.join();

  std::cout << "primes below 10000: " << a + b << std::endl;
  return (a + b == 1229) ? 0 : 1;
}
