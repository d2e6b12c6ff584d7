// Transfers money between two accounts with std::scoped_lock on both mutexes,
// avoiding deadlock when transfers run in opposite directions.
#include <cstdio>
#include <mutex>
#include <thread>

struct Account {
  std::mutex m;
  long balance;
  explicit Account(long b) : balance(b) {}
};

static bool transfer(Account &from, Account &to, long amount) {
  if (&from == &to)
    return false;
  std::scoped_lock lock(from.m, to.m);
  if (from.balance < amount)
    return false;
  from.balance -= amount;
  to.balance += amount;
  return true;
}

int main() {
  Account a(100000), b(100000); // large enough that no transfer is refused
  std::thread t1([&] {
    for (int i = 0; i < 5000; ++i)
      transfer(a, b, 3);
  });
  std::thread t2([&] {
    for (int i = 0; i < 5000; ++i)
      transfer(b, a, 2);
  });
  t1.join();
  t2.join();

  std::printf("a=%ld b=%ld total=%ld\n", a.balance, b.balance,
              a.balance + b.balance);
  return (a.balance + b.balance == 200000 && a.balance == 100000 - 5000) ? 0
                                                                         : 1;
}
