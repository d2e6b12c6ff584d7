// Turning off stdio synchronisation and untying cin for fast bulk output, as
// competitive-programming style code does.
#include <cstdio>
#include <iostream>
#include <numeric>
#include <vector>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);

  std::vector<long long> values(2000);
  std::iota(values.begin(), values.end(), 1);

  // Read whatever is on stdin (nothing, it's /dev/null) and add it in.
  long long extra = 0, x = 0;
  while (std::cin >> x)
    extra += x;

  long long sum = std::accumulate(values.begin(), values.end(), 0LL) + extra;
  for (std::size_t i = 0; i < values.size(); i += 250)
    std::cout << "v[" << i << "]=" << values[i] << '\n';
  std::cout << "sum=" << sum << '\n';
  std::cout.flush();

  // After unsynchronising, mixing stdio is only safe after flushing the C++
  // stream.
  std::printf("printf after flush\n");
  std::fflush(stdout);
  return sum == 2001000 ? 0 : 1;
}
