// A heterogeneous property bag using std::any for type erasure, with any_cast
// checks and std::bad_any_cast handling.
#include <any>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <typeinfo>
#include <vector>

class PropertyBag {
public:
  template <class T> void set(const std::string &key, T value) {
    props_[key] = std::move(value);
  }

  template <class T> std::optional<T> get(const std::string &key) const {
    auto it = props_.find(key);
    if (it == props_.end())
      return std::nullopt;
    if (const T *p = std::any_cast<T>(&it->second))
      return *p;
    return std::nullopt;
  }

  template <class T> const T &require(const std::string &key) const {
    return std::any_cast<const T &>(
        props_.at(key)); // throws bad_any_cast on type mismatch
  }

  std::string type_of(const std::string &key) const {
    const std::type_info &t = props_.at(key).type();
    if (t == typeid(int))
      return "int";
    if (t == typeid(double))
      return "double";
    if (t == typeid(std::string))
      return "string";
    if (t == typeid(std::vector<int>))
      return "vector<int>";
    return "other";
  }
  std::size_t size() const { return props_.size(); }

private:
  std::map<std::string, std::any> props_;
};

int main() {
  PropertyBag bag;
  bag.set("width", 640);
  bag.set("ratio", 1.5);
  bag.set("title", std::string("main window"));
  bag.set("tabs", std::vector<int>{1, 2, 3});

  for (const char *k : {"width", "ratio", "title", "tabs"})
    std::cout << k << ": " << bag.type_of(k) << '\n';

  auto w = bag.get<int>("width");
  auto wrongType = bag.get<double>("width");
  auto missing = bag.get<int>("height");
  const auto &tabs = bag.require<std::vector<int>>("tabs");

  bool threw = false;
  try {
    (void)bag.require<std::string>("ratio");
  } catch (const std::bad_any_cast &e) {
    threw = true;
    std::cout << "bad_any_cast: " << e.what() << '\n';
  }

  std::any a = 5;
  a.reset();
  std::cout << "width=" << w.value_or(-1) << " tabs=" << tabs.size()
            << " reset has_value=" << a.has_value() << std::endl;
  return (w == 640 && !wrongType && !missing && tabs.size() == 3 && threw &&
          !a.has_value() && bag.size() == 4)
             ? 0
             : 1;
}
