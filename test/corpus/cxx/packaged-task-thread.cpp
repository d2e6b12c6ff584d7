// Wraps a function in std::packaged_task, takes its future, and runs the task
// on a dedicated std::thread.
#include <cmath>
#include <cstdio>
#include <future>
#include <thread>
#include <utility>

static double integrate(double (*f)(double), double a, double b, int steps) {
  double h = (b - a) / steps, s = 0.5 * (f(a) + f(b));
  for (int i = 1; i < steps; ++i)
    s += f(a + i * h);
  return s * h;
}

static double square(double x) { return x * x; }

int main() {
  std::packaged_task<double(double (*)(double), double, double, int)> task(
      integrate);
  std::future<double> result = task.get_future();
  std::thread worker(std::move(task), square, 0.0, 3.0, 3000);

  double v = result.get();
  worker.join();
  std::printf("integral of x^2 on [0,3] ~= %.4f\n", v);
  return std::fabs(v - 9.0) < 1e-3 ? 0 : 1;
}
