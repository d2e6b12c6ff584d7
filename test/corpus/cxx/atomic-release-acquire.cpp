// Publishes non-atomic data to another thread with a release store and acquire
// load on an atomic flag (message passing memory order).
#include <atomic>
#include <cstdio>
#include <cstring>
#include <thread>

struct Message {
  char text[32];
  int priority;
};

static Message g_msg; // plain data, protected by the happens-before edge
static std::atomic<bool> g_ready{false};

int main() {
  std::thread producer([] {
    std::strcpy(g_msg.text, "disk almost full");
    g_msg.priority = 2;
    g_ready.store(true, std::memory_order_release);
    g_ready.notify_one();
  });

  std::thread consumer([] {
    g_ready.wait(
        false,
        std::memory_order_acquire); // returns once the value is no longer false
    std::printf("consumer read: '%s' (priority %d)\n", g_msg.text,
                g_msg.priority);
  });

  producer.join();
  consumer.join();

  // seq_cst fence variant: relaxed ops ordered by explicit fences
  std::atomic<int> payload{0};
  std::atomic<bool> flag{false};
  std::thread w([&] {
    payload.store(7, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    flag.store(true, std::memory_order_relaxed);
  });
  while (!flag.load(std::memory_order_relaxed))
    std::this_thread::yield();
  std::atomic_thread_fence(std::memory_order_acquire);
  int got = payload.load(std::memory_order_relaxed);
  w.join();
  std::printf("fence-synchronised payload %d\n", got);
  return (std::strcmp(g_msg.text, "disk almost full") == 0 && got == 7) ? 0 : 1;
}
