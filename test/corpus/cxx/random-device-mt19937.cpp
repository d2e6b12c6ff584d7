// Seeding a std::mt19937 from std::random_device and drawing dice rolls and
// jittered retry delays from distributions.
#include <algorithm>
#include <array>
#include <iostream>
#include <random>

class Rng {
public:
  Rng() : engine_(std::random_device{}()) {}
  int roll(int sides) {
    return std::uniform_int_distribution<int>(1, sides)(engine_);
  }
  double jitter(double base) {
    return base * std::uniform_real_distribution<double>(0.8, 1.2)(engine_);
  }

private:
  std::mt19937 engine_;
};

class RetryPolicy {
public:
  explicit RetryPolicy(Rng &rng) : rng_(rng) {}
  double delay_ms(int attempt) {
    return rng_.jitter(100.0 * (1 << std::min(attempt, 6)));
  }

private:
  Rng &rng_;
};

int main() {
  Rng rng;
  std::array<int, 7> counts{};
  const int rolls = 6000;
  for (int i = 0; i < rolls; ++i)
    ++counts[static_cast<std::size_t>(rng.roll(6))];

  bool ok = counts[0] == 0;
  for (int face = 1; face <= 6; ++face) {
    std::cout << "face " << face << ": "
              << counts[static_cast<std::size_t>(face)] << '\n';
    ok = ok && counts[static_cast<std::size_t>(face)] > 700 &&
         counts[static_cast<std::size_t>(face)] < 1300;
  }

  RetryPolicy retry(rng);
  for (int attempt = 0; attempt < 4; ++attempt) {
    double d = retry.delay_ms(attempt);
    double base = 100.0 * (1 << attempt);
    ok = ok && d >= base * 0.8 && d <= base * 1.2;
    std::cout << "attempt " << attempt << " delay within [" << base * 0.8
              << ", " << base * 1.2 << "]\n";
  }
  std::cout << (ok ? "distribution looks sane" : "distribution off")
            << std::endl;
  return ok ? 0 : 1;
}
