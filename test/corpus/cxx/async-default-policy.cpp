// Calls std::async without a launch policy, letting the implementation choose,
// and only relies on get() for the result.
#include <future>
#include <iostream>
#include <numeric>
#include <vector>

struct Matrix {
  int n;
  std::vector<double> a;
  explicit Matrix(int n_) : n(n_), a(static_cast<std::size_t>(n_ * n_)) {}
  double &at(int r, int c) { return a[static_cast<std::size_t>(r * n + c)]; }
};

static double trace_of_square(Matrix m) {
  double t = 0;
  for (int i = 0; i < m.n; ++i)
    for (int k = 0; k < m.n; ++k)
      t += m.at(i, k) * m.at(k, i);
  return t;
}

int main() {
  Matrix m(40);
  for (int r = 0; r < 40; ++r)
    for (int c = 0; c < 40; ++c)
      m.at(r, c) = (r == c) ? 2.0 : 0.0;

  auto f = std::async(trace_of_square, m); // policy: async | deferred
  double t = f.get();
  std::cout << "trace(M^2) = " << t << std::endl;
  return t == 160.0 ? 0 : 1;
}
