// Case-insensitive keyword routing with std::regex::icase |
// std::regex::optimize, compiled once and reused.
#include <iostream>
#include <regex>
#include <string>
#include <utility>
#include <vector>

class Router {
public:
  void add(const std::string &pattern, std::string category) {
    rules_.emplace_back(
        std::regex(pattern, std::regex::icase | std::regex::optimize),
        std::move(category));
  }
  std::string classify(const std::string &subject) const {
    for (const auto &[re, cat] : rules_)
      if (std::regex_search(subject, re))
        return cat;
    return "inbox";
  }

private:
  std::vector<std::pair<std::regex, std::string>> rules_;
};

int main() {
  Router r;
  r.add(R"(\b(invoice|receipt)\b)", "billing");
  r.add(R"(^\[(urgent|alert)\])", "priority");
  r.add(R"(unsubscribe|newsletter)", "promotions");

  const std::vector<std::pair<std::string, std::string>> mail{
      {"Your INVOICE for March", "billing"},
      {"[Urgent] server down", "priority"},
      {"[ALERT] disk", "priority"},
      {"Weekly NewsLetter", "promotions"},
      {"invoices are not matched by word boundary", "inbox"},
      {"lunch?", "inbox"},
  };
  int wrong = 0;
  for (const auto &[subject, expected] : mail) {
    const std::string got = r.classify(subject);
    std::cout << subject << " => " << got << '\n';
    wrong += got != expected;
  }

  // icase also applies to character ranges.
  bool hex =
      std::regex_match("DeadBeef", std::regex("[a-f]+", std::regex::icase));
  std::cout << "hex icase: " << hex << std::endl;
  return (wrong == 0 && hex) ? 0 : 1;
}
