// Uses std::launch::deferred for lazy evaluation: the callable runs on the
// calling thread only when get() is called, or never.
#include <cstdio>
#include <future>
#include <thread>

static int expensive_calls = 0;

static int load_thumbnail(int id) {
  ++expensive_calls;
  return id * 100;
}

int main() {
  auto caller = std::this_thread::get_id();
  std::thread::id ran_on;

  auto lazy = std::async(std::launch::deferred, [&] {
    ran_on = std::this_thread::get_id();
    return load_thumbnail(3);
  });
  auto unused = std::async(std::launch::deferred, load_thumbnail, 4);

  bool is_deferred =
      lazy.wait_for(std::chrono::seconds(0)) == std::future_status::deferred;
  std::printf("before get: calls=%d deferred=%d\n", expensive_calls,
              is_deferred);
  if (expensive_calls != 0 || !is_deferred)
    return 1;

  int v = lazy.get();
  std::printf("after get: value=%d calls=%d same thread=%d\n", v,
              expensive_calls, ran_on == caller);
  (void)unused; // destroyed without get(): never runs
  return (v == 300 && expensive_calls == 1 && ran_on == caller) ? 0 : 1;
}
