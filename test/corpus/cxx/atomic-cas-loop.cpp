// A lock-free Treiber stack push with a compare_exchange_weak retry loop, the
// canonical CAS idiom (nodes freed only after all threads join).
#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

template <class T> class LockFreeStack {
  struct Node {
    T value;
    Node *next;
  };
  std::atomic<Node *> head_{nullptr};

public:
  void push(T v) {
    Node *n = new Node{std::move(v), head_.load(std::memory_order_relaxed)};
    while (!head_.compare_exchange_weak(n->next, n, std::memory_order_release,
                                        std::memory_order_relaxed)) {
      // n->next was updated to the current head; retry
    }
  }
  // Single-threaded drain after producers are done.
  template <class F> void drain(F f) {
    Node *n = head_.exchange(nullptr, std::memory_order_acquire);
    while (n) {
      f(n->value);
      Node *next = n->next;
      delete n;
      n = next;
    }
  }
};

int main() {
  LockFreeStack<int> s;
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&s, t] {
      for (int i = 0; i < 2500; ++i)
        s.push(t * 2500 + i);
    });
  for (auto &t : ts)
    t.join();

  long count = 0, sum = 0;
  s.drain([&](int v) {
    ++count;
    sum += v;
  });
  std::cout << "popped " << count << " values, sum " << sum << '\n';

  // compare_exchange_strong for a one-shot state transition
  std::atomic<int> state{0};
  int expected = 0;
  bool won = state.compare_exchange_strong(expected, 1);
  expected = 0;
  bool lost = !state.compare_exchange_strong(expected, 2);
  std::cout << "first transition " << won << ", second saw state " << expected
            << '\n';
  return (count == 10000 && sum == 9999L * 10000 / 2 && won && lost &&
          expected == 1)
             ? 0
             : 1;
}
