// An event emitter holding std::function members and vectors of listener
// callbacks, with subscription handles for removal.
#include <cstddef>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

class Button {
public:
  using ClickHandler = std::function<void(int x, int y)>;
  using Id = std::size_t;

  Id on_click(ClickHandler h) {
    handlers_.emplace_back(next_, std::move(h));
    return next_++;
  }
  void off(Id id) {
    std::erase_if(handlers_, [id](const auto &p) { return p.first == id; });
  }
  void set_formatter(std::function<std::string(const std::string &)> f) {
    formatter_ = std::move(f);
  }

  void click(int x, int y) {
    for (auto &[id, h] : handlers_)
      h(x, y);
  }
  std::string label() const { return formatter_ ? formatter_(text_) : text_; }

private:
  std::vector<std::pair<Id, ClickHandler>> handlers_;
  std::function<std::string(const std::string &)> formatter_;
  std::string text_ = "OK";
  Id next_ = 1;
};

class ClickCounter {
public:
  void record(int x, int y) {
    ++clicks_;
    lastX_ = x;
    lastY_ = y;
  }
  int clicks() const { return clicks_; }
  int lastX_ = 0, lastY_ = 0;

private:
  int clicks_ = 0;
};

int main() {
  Button b;
  ClickCounter counter;
  std::vector<std::string> log;
  std::map<std::string, int> heat;

  auto logId = b.on_click([&log](int x, int y) {
    log.push_back(std::to_string(x) + "," + std::to_string(y));
  });
  b.on_click(std::bind(&ClickCounter::record, &counter, std::placeholders::_1,
                       std::placeholders::_2));
  b.on_click([&heat](int x, int) { ++heat[x < 50 ? "left" : "right"]; });
  b.set_formatter([](const std::string &s) { return "[ " + s + " ]"; });

  b.click(10, 20);
  b.click(90, 5);
  b.off(logId);
  b.click(30, 30);

  std::cout << "label " << b.label() << ", clicks " << counter.clicks()
            << ", log entries " << log.size() << ", left " << heat["left"]
            << ", right " << heat["right"] << std::endl;
  return (counter.clicks() == 3 && log.size() == 2 && heat["left"] == 2 &&
          counter.lastX_ == 30 && b.label() == "[ OK ]")
             ? 0
             : 1;
}
