// Emulates a "then" continuation by launching a second std::async that takes
// ownership of the first future and transforms its result.
#include <future>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

template <class T, class F> auto then(std::future<T> f, F fn) {
  return std::async(
      std::launch::async,
      [f = std::move(f), fn = std::move(fn)]() mutable { return fn(f.get()); });
}

int main() {
  auto fetched = std::async(std::launch::async,
                            [] { return std::string("3 1 4 1 5 9 2 6"); });
  auto parsed = then(std::move(fetched), [](std::string s) {
    std::istringstream in(s);
    std::vector<int> v;
    for (int x; in >> x;)
      v.push_back(x);
    return v;
  });
  auto summed = then(std::move(parsed), [](std::vector<int> v) {
    int s = 0;
    for (int x : v)
      s += x;
    return s;
  });
  int total = summed.get();
  std::cout << "sum via chain: " << total << '\n';
  return total == 31 ? 0 : 1;
}
