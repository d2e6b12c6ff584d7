// Marking move operations noexcept so std::vector reallocation moves instead of
// copies, and checking it with the noexcept operator.
#include <iostream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

struct Counters {
  int copies = 0, moves = 0;
};

template <bool NoexceptMove> class Buffer {
public:
  Buffer(Counters &c, std::string s) : c_(&c), data_(std::move(s)) {}
  Buffer(const Buffer &o) : c_(o.c_), data_(o.data_) { ++c_->copies; }
  Buffer(Buffer &&o) noexcept(NoexceptMove)
      : c_(o.c_), data_(std::move(o.data_)) {
    ++c_->moves;
  }
  Buffer &operator=(const Buffer &) = default;
  Buffer &operator=(Buffer &&) = default;
  const std::string &data() const noexcept { return data_; }

private:
  Counters *c_;
  std::string data_;
};

int checked_div(int a, int b) noexcept(false) {
  if (b == 0)
    throw std::domain_error("division by zero");
  return a / b;
}
int safe_div(int a, int b) noexcept { return b == 0 ? 0 : a / b; }

template <bool N> Counters grow() {
  Counters c;
  std::vector<Buffer<N>> v;
  for (int i = 0; i < 100; ++i)
    v.emplace_back(c, std::string(32, 'x'));
  return c;
}

int main() {
  Counters fast = grow<true>();
  Counters slow = grow<false>();
  std::cout << "noexcept move: copies=" << fast.copies
            << " moves=" << fast.moves << '\n';
  std::cout << "throwing move: copies=" << slow.copies
            << " moves=" << slow.moves << '\n';

  static_assert(std::is_nothrow_move_constructible_v<Buffer<true>>);
  static_assert(!std::is_nothrow_move_constructible_v<Buffer<false>>);
  static_assert(noexcept(safe_div(1, 0)));
  static_assert(!noexcept(checked_div(1, 0)));

  int caught = 0;
  try {
    checked_div(1, 0);
  } catch (const std::domain_error &e) {
    ++caught;
    std::cout << "checked_div threw: " << e.what() << '\n';
  }
  std::cout << "safe_div(1,0)=" << safe_div(1, 0) << std::endl;
  return (fast.copies == 0 && fast.moves > 0 && slow.copies > 0 &&
          slow.moves == 0 && caught == 1)
             ? 0
             : 1;
}
