// Passing std::function objects chosen at run time as comparators and
// operations to std::sort, std::for_each and std::transform.
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <numeric>
#include <string>
#include <vector>

struct Product {
  std::string name;
  double price;
  int stock;
};

using Compare = std::function<bool(const Product &, const Product &)>;
using Adjust = std::function<double(double)>;

std::map<std::string, Compare> sort_orders() {
  return {
      {"name",
       [](const Product &a, const Product &b) { return a.name < b.name; }},
      {"price",
       [](const Product &a, const Product &b) { return a.price < b.price; }},
      {"stock-desc",
       [](const Product &a, const Product &b) { return a.stock > b.stock; }},
  };
}

Adjust make_discount(double pct) {
  return [pct](double p) { return p * (1.0 - pct / 100.0); };
}

int main() {
  std::vector<Product> items{{"pear", 1.20, 30},
                             {"apple", 0.80, 55},
                             {"mango", 2.50, 7},
                             {"fig", 3.10, 12}};
  auto orders = sort_orders();

  std::vector<std::string> firsts;
  for (const std::string key : {"name", "price", "stock-desc"}) {
    std::sort(items.begin(), items.end(), orders.at(key));
    firsts.push_back(items.front().name);
    std::cout << "by " << key << ":";
    std::for_each(items.begin(), items.end(),
                  [](const Product &p) { std::cout << ' ' << p.name; });
    std::cout << '\n';
  }

  Adjust sale = make_discount(25);
  std::vector<double> prices(items.size());
  std::transform(items.begin(), items.end(), prices.begin(),
                 [&sale](const Product &p) { return sale(p.price); });
  double total = std::accumulate(prices.begin(), prices.end(), 0.0);

  std::function<void(Product &)> restock = [](Product &p) { p.stock += 10; };
  std::for_each(items.begin(), items.end(), restock);
  std::function<bool(const Product &)> lowStock = [](const Product &p) {
    return p.stock < 20;
  };
  auto low = std::count_if(items.begin(), items.end(), lowStock);

  std::cout << "discounted total " << total << ", low stock after restock "
            << low << std::endl;
  return (firsts == std::vector<std::string>{"apple", "apple", "apple"} &&
          total > 5.699 && total < 5.701 && low == 1)
             ? 0
             : 1;
}
