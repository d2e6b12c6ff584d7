// If the std::call_once callable throws, the flag stays unset and the next
// caller retries — used for "initialise, retry on failure".
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <thread>

static std::once_flag g_init;
static int g_attempts = 0;
static bool g_ready = false;

static void init_driver() {
  ++g_attempts;
  if (g_attempts < 2)
    throw std::runtime_error("device busy");
  g_ready = true;
}

static bool ensure_driver() {
  try {
    std::call_once(g_init, init_driver);
    return true;
  } catch (const std::exception &e) {
    std::fprintf(stderr, "init failed: %s\n", e.what());
    return false;
  }
}

int main() {
  bool first = true, second = false, third = false;
  std::thread a([&] { first = ensure_driver(); });
  a.join();
  std::thread b([&] { second = ensure_driver(); });
  b.join();
  third = ensure_driver(); // already done: no new attempt

  std::printf("first=%d second=%d third=%d attempts=%d ready=%d\n", first,
              second, third, g_attempts, g_ready);
  return (!first && second && third && g_attempts == 2 && g_ready) ? 0 : 1;
}
