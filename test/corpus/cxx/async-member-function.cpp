// Launches a const member function asynchronously on an object (passed by
// pointer) to run two independent queries concurrently.
#include <future>
#include <iostream>
#include <map>
#include <string>

class Inventory {
public:
  Inventory() {
    stock_ = {{"apple", 5}, {"pear", 0}, {"plum", 12}, {"fig", 3}};
  }
  int total_units() const {
    int t = 0;
    for (const auto &[k, v] : stock_)
      t += v;
    return t;
  }
  int out_of_stock() const {
    int n = 0;
    for (const auto &[k, v] : stock_)
      n += (v == 0);
    return n;
  }

private:
  std::map<std::string, int> stock_;
};

int main() {
  const Inventory inv;
  auto units = std::async(std::launch::async, &Inventory::total_units, &inv);
  auto empty = std::async(std::launch::async, &Inventory::out_of_stock, &inv);
  int u = units.get(), e = empty.get();
  std::cout << "units=" << u << " out_of_stock=" << e << '\n';
  return (u == 20 && e == 1) ? 0 : 1;
}
