// Writing normal output to std::cout, diagnostics to std::cerr and progress
// notes to std::clog, as a small CLI tool does.
#include <iostream>
#include <string>
#include <vector>

namespace {

struct Item {
  std::string name;
  int quantity;
};

class Inventory {
public:
  void add(std::string name, int qty) {
    if (qty < 0) {
      std::cerr << "warning: ignoring negative quantity for " << name << '\n';
      return;
    }
    std::clog << "adding " << name << " x" << qty << '\n';
    items_.push_back({std::move(name), qty});
  }

  int total() const {
    int t = 0;
    for (const auto &i : items_)
      t += i.quantity;
    return t;
  }

  void report(std::ostream &os) const {
    for (const auto &i : items_)
      os << i.name << ": " << i.quantity << '\n';
  }

private:
  std::vector<Item> items_;
};

} // namespace

int main() {
  Inventory inv;
  inv.add("bolts", 40);
  inv.add("nuts", 35);
  inv.add("washers", -3);
  inv.add("screws", 12);

  inv.report(std::cout);
  std::cout << "total: " << inv.total() << std::endl;

  if (inv.total() != 87) {
    std::cerr << "unexpected total\n";
    return 1;
  }
  if (!std::cout || !std::cerr || !std::clog)
    return 2;
  return 0;
}
