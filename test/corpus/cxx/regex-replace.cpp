// Rewriting text with std::regex_replace: redacting secrets, reordering dates
// with $n back-references, and a callback-style replace loop.
#include <functional>
#include <iostream>
#include <regex>
#include <string>

std::string redact(const std::string &s) {
  static const std::regex secret(R"((password|token)=\S+)", std::regex::icase);
  return std::regex_replace(s, secret, "$1=***");
}

std::string us_to_iso(const std::string &s) {
  static const std::regex date(R"((\d{2})/(\d{2})/(\d{4}))");
  return std::regex_replace(s, date, "$3-$1-$2");
}

// regex_replace has no callback overload, so real code loops with regex_search
// and builds the result.
std::string
replace_with(const std::string &s, const std::regex &re,
             const std::function<std::string(const std::smatch &)> &fn) {
  std::string out;
  auto begin = s.cbegin();
  std::smatch m;
  while (std::regex_search(begin, s.cend(), m, re)) {
    out.append(begin, m[0].first);
    out += fn(m);
    begin = m[0].second;
  }
  out.append(begin, s.cend());
  return out;
}

int main() {
  const std::string log =
      "login user=bob password=hunter2 ok; refresh TOKEN=abc.def.ghi";
  const std::string r = redact(log);
  std::cout << r << '\n';

  const std::string dates = "from 03/14/2023 to 12/01/2024";
  const std::string iso = us_to_iso(dates);
  std::cout << iso << '\n';

  const std::string first =
      std::regex_replace(std::string("a1b22c333"), std::regex(R"(\d+)"), "#",
                         std::regex_constants::format_first_only);
  std::cout << first << '\n';

  std::regex var(R"(\$\{(\w+)\})");
  auto expanded = replace_with("Hello ${name}, you have ${count} new ${thing}",
                               var, [](const std::smatch &m) {
                                 if (m[1] == "name")
                                   return std::string("Ada");
                                 if (m[1] == "count")
                                   return std::to_string(3);
                                 return "<" + m[1].str() + "?>";
                               });
  std::cout << expanded << std::endl;

  return (r == "login user=bob password=*** ok; refresh TOKEN=***" &&
          iso == "from 2023-03-14 to 2024-12-01" && first == "a#b22c333" &&
          expanded == "Hello Ada, you have 3 new <thing?>")
             ? 0
             : 1;
}
