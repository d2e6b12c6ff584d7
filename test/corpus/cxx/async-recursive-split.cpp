// Recursive divide-and-conquer sum that spawns std::async for one half until a
// depth/size cutoff, the textbook parallel reduction.
#include <future>
#include <iostream>
#include <numeric>
#include <vector>

template <class It> long long parallel_sum(It first, It last, int depth = 0) {
  auto len = std::distance(first, last);
  if (len < 2000 || depth >= 3)
    return std::accumulate(first, last, 0LL);
  It mid = first + len / 2;
  auto left =
      std::async(std::launch::async, parallel_sum<It>, first, mid, depth + 1);
  long long right = parallel_sum(mid, last, depth + 1);
  return left.get() + right;
}

int main() {
  std::vector<int> v(50000);
  std::iota(v.begin(), v.end(), 1);
  long long s = parallel_sum(v.begin(), v.end());
  std::cout << "sum = " << s << '\n';
  return s == 50000LL * 50001 / 2 ? 0 : 1;
}
