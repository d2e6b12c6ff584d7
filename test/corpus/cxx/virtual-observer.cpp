// The observer pattern: a subject notifies abstract observers through virtual
// calls; observers hold weak_ptr-safe registrations.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct PriceUpdate {
  std::string symbol;
  double price;
};

class Observer {
public:
  virtual ~Observer() = default;
  virtual void on_update(const PriceUpdate &u) = 0;
  virtual void on_close() {}
};

class Ticker {
public:
  void subscribe(const std::shared_ptr<Observer> &o) {
    observers_.push_back(o);
  }
  void publish(const PriceUpdate &u) {
    // Drop observers that have been destroyed.
    std::erase_if(observers_,
                  [](const std::weak_ptr<Observer> &w) { return w.expired(); });
    for (auto &w : observers_)
      if (auto o = w.lock())
        o->on_update(u);
  }
  void close() {
    for (auto &w : observers_)
      if (auto o = w.lock())
        o->on_close();
  }
  std::size_t live() const {
    return static_cast<std::size_t>(
        std::count_if(observers_.begin(), observers_.end(),
                      [](const auto &w) { return !w.expired(); }));
  }

private:
  std::vector<std::weak_ptr<Observer>> observers_;
};

class LastPrice : public Observer {
public:
  void on_update(const PriceUpdate &u) override { last = u.price; }
  double last = 0;
};

class Alert : public Observer {
public:
  Alert(std::string sym, double limit) : sym_(std::move(sym)), limit_(limit) {}
  void on_update(const PriceUpdate &u) override {
    if (u.symbol == sym_ && u.price > limit_)
      fired.push_back(u.price);
  }
  void on_close() override { closed = true; }
  std::vector<double> fired;
  bool closed = false;

private:
  std::string sym_;
  double limit_;
};

int main() {
  Ticker t;
  auto last = std::make_shared<LastPrice>();
  auto alert = std::make_shared<Alert>("ACME", 100.0);
  t.subscribe(last);
  t.subscribe(alert);
  {
    auto temp = std::make_shared<LastPrice>();
    t.subscribe(temp);
    t.publish({"ACME", 99.5});
  } // temp observer destroyed here
  t.publish({"ACME", 101.0});
  t.publish({"OTHER", 500.0});
  t.publish({"ACME", 102.5});
  t.close();

  std::cout << "last price " << last->last << ", alerts " << alert->fired.size()
            << ", live observers " << t.live() << ", closed " << alert->closed
            << std::endl;
  return (last->last == 102.5 &&
          alert->fired == std::vector<double>{101.0, 102.5} && t.live() == 2 &&
          alert->closed)
             ? 0
             : 1;
}
