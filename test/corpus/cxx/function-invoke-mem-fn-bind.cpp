// Calling member functions generically with std::invoke, std::mem_fn and
// std::bind, as generic dispatch and adaptor code does.
#include <algorithm>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

class Account {
public:
  Account(std::string owner, long cents)
      : owner_(std::move(owner)), cents_(cents) {}
  const std::string &owner() const { return owner_; }
  long balance() const { return cents_; }
  void deposit(long c) { cents_ += c; }
  bool can_pay(long c) const { return cents_ >= c; }
  long fee = 25;

private:
  std::string owner_;
  long cents_;
};

template <class F, class... Args>
decltype(auto) logged_call(const char *what, F &&f, Args &&...args) {
  std::cout << "calling " << what << '\n';
  return std::invoke(std::forward<F>(f), std::forward<Args>(args)...);
}

long apply_fee(long balance, long fee) { return balance - fee; }

int main() {
  std::vector<Account> accounts{{"ann", 5000}, {"bob", 120}, {"cy", 990}};

  // invoke with a member function pointer, a data member pointer and a free
  // function.
  logged_call("deposit", &Account::deposit, accounts[1], 100);
  long fee = logged_call("fee member", &Account::fee, accounts[0]);
  long after = logged_call("apply_fee", apply_fee, accounts[0].balance(), fee);

  // mem_fn as a projection for algorithms.
  std::vector<long> balances(accounts.size());
  std::transform(accounts.begin(), accounts.end(), balances.begin(),
                 std::mem_fn(&Account::balance));
  auto richest = std::max_element(
      accounts.begin(), accounts.end(),
      [get = std::mem_fn(&Account::balance)](
          const Account &a, const Account &b) { return get(a) < get(b); });

  // bind fixes an argument: "can this account pay 500?"
  using namespace std::placeholders;
  auto can_pay_500 = std::bind(&Account::can_pay, _1, 500);
  auto payers = std::count_if(accounts.begin(), accounts.end(), can_pay_500);
  auto deposit_10 = std::bind(&Account::deposit, _1, 10);
  std::for_each(accounts.begin(), accounts.end(), deposit_10);

  std::cout << "balances:";
  for (long b : balances)
    std::cout << ' ' << b;
  std::cout << "\nrichest " << richest->owner() << ", payers " << payers
            << ", after fee " << after << ", bob now " << accounts[1].balance()
            << std::endl;
  return (balances == std::vector<long>{5000, 220, 990} &&
          richest->owner() == "ann" && payers == 2 && after == 4975 &&
          accounts[1].balance() == 230)
             ? 0
             : 1;
}
